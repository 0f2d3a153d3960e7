// Timing the stages (RunOptions::stage_times) measures the run without changing it.
#include <gtest/gtest.h>

#include <chrono>

#include "identical_records.hpp"
#include "sim/engine/simulation.hpp"
#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

TEST(StageTimes, NamesEveryStageInOrder) {
    ASSERT_EQ(StageTimes::names.size(), static_cast<std::size_t>(StageTimes::count));
    EXPECT_STREQ(StageTimes::names[StageTimes::make_world], "make_world");
    EXPECT_STREQ(StageTimes::names[StageTimes::context], "context");
    EXPECT_STREQ(StageTimes::names[StageTimes::memory], "memory");
    EXPECT_STREQ(StageTimes::names[StageTimes::record], "record");
    EXPECT_STREQ(StageTimes::names[StageTimes::finish], "finish");
}

// Every part gets a non-negative time, together no more than the whole call, and the record
// is bit-identical to a run without timing.
TEST(StageTimes, TimesEachStageWithoutChangingTheRun) {
    const auto s = testing::load(testing::tiny_scenario_json());
    const auto untimed = simulate(s, RunOptions{2, {}});

    StageTimes times;
    RunOptions options;
    options.threads = 2;
    options.stage_times = &times;
    const auto start = std::chrono::steady_clock::now();
    const auto timed = simulate(s, options);
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    for (std::size_t k = 0; k < times.seconds.size(); ++k)
        EXPECT_GE(times.seconds[k], 0.0) << StageTimes::names[k];
    EXPECT_GT(times.total(), 0.0);
    EXPECT_LE(times.total(), wall);
    testing::expect_identical(untimed, timed);
}

// A run adds to the times it is given: every part starts from a sentinel far above any time a
// tiny run takes, so a run that reset the times instead of adding to them would leave every
// part below it; and the run added something, so the total grew.
TEST(StageTimes, Accumulates) {
    const auto s = testing::load(testing::tiny_scenario_json());
    constexpr double kEarlier = 1000.0;  // seconds "from earlier runs"
    StageTimes times;
    times.seconds.fill(kEarlier);
    RunOptions options;
    options.threads = 1;
    options.stage_times = &times;
    simulate(s, options);
    for (std::size_t k = 0; k < times.seconds.size(); ++k)
        EXPECT_GE(times.seconds[k], kEarlier) << StageTimes::names[k];
    EXPECT_GT(times.total(), kEarlier * static_cast<double>(StageTimes::count));
}

}  // namespace
}  // namespace coopsim::engine
