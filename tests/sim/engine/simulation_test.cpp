#include "sim/engine/simulation.hpp"

#include <gtest/gtest.h>

#include "identical_records.hpp"
#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

using testing::expect_identical;

output::RunRecord run(const scenario::Scenario& s, int threads) {
    RunOptions options;
    options.threads = threads;
    return simulate(s, options);
}

// A run is a function of scenario and seed alone: 1, 2 and 4 threads give the same bits.
// A larger random world makes sure the parallel loops really split the work.
TEST(Simulation, BitIdenticalAcrossThreadCounts) {
    const auto s = testing::load(testing::random_scenario_json(11, 300, 12));
    const auto one = run(s, 1);
    expect_identical(one, run(s, 2));
    expect_identical(one, run(s, 4));
}

// Running twice in one process gives the same bits (no hidden state survives a run).
TEST(Simulation, RepeatableInProcess) {
    const auto s = testing::load(testing::tiny_scenario_json());
    expect_identical(run(s, 2), run(s, 2));
}

// Another seed gives another history.
TEST(Simulation, SeedChangesTheRun) {
    auto doc = testing::random_scenario_json(5, 100, 8);
    const auto a = run(testing::load(doc), 2);
    doc["seed"] = 6;
    const auto b = run(testing::load(doc), 2);
    const auto* ra = a.find("/territories/cooperation_received_cop");
    const auto* rb = b.find("/territories/cooperation_received_cop");
    ASSERT_NE(ra, nullptr);
    EXPECT_NE(std::get<std::vector<double>>(ra->values), std::get<std::vector<double>>(rb->values));
}

// The record has one row per simulated year, and the identity of the run.
TEST(Simulation, RecordShapeAndIdentity) {
    const auto s = testing::load(testing::tiny_scenario_json());
    const auto r = run(s, 1);
    EXPECT_EQ(r.axis_length(output::Axis::year), 8u);  // 2008..2015
    EXPECT_EQ(r.axis_length(output::Axis::territory), 3u);
    EXPECT_EQ(r.axis_length(output::Axis::donor), 3u);
    EXPECT_EQ(r.axis_length(output::Axis::route), 7u);
    EXPECT_EQ(r.identity.seed, 7u);
    EXPECT_EQ(r.identity.scenario_name, "tiny");
    EXPECT_FALSE(r.identity.scenario_json.empty());
    for (const auto& c : r.columns) {
        std::size_t expected = 1;
        for (auto axis : c.axes)
            expected *= r.axis_length(axis);
        const std::size_t got = std::visit([](const auto& v) { return v.size(); }, c.values);
        EXPECT_EQ(got, expected) << c.path;
        EXPECT_FALSE(c.description.empty()) << c.path;
        if (c.axes.size() > 1) {
            EXPECT_EQ(c.axes.front(), output::Axis::year) << c.path;
        }
    }
}

}  // namespace
}  // namespace coopsim::engine
