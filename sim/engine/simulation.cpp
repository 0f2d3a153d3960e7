// The year loop: the stages of the model brief, in order, for every simulated year.
#include "sim/engine/simulation.hpp"

#include <chrono>
#include <memory>
#include <utility>

#include <oneapi/tbb/global_control.h>

#include "output/format.hpp"
#include "sim/build_info.hpp"
#include "sim/engine/world.hpp"
#include "sim/stages/record.hpp"
#include "sim/stages/stages.hpp"

namespace coopsim::engine {

namespace {

// Adds the wall time of its own lifetime to one part of `times`; does nothing when it is null.
class StageClock {
  public:
    StageClock(StageTimes* times, StageTimes::Stage stage) : times_(times), stage_(stage) {
        if (times_) start_ = std::chrono::steady_clock::now();
    }
    ~StageClock() {
        if (times_)
            times_->seconds[stage_] +=
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    StageClock(const StageClock&) = delete;
    StageClock& operator=(const StageClock&) = delete;

  private:
    StageTimes* times_;
    StageTimes::Stage stage_;
    std::chrono::steady_clock::time_point start_{};
};

// Runs `fn` and returns what it returns, timed as `stage` when `times` is set.
template <typename Fn>
decltype(auto) timed(StageTimes* times, StageTimes::Stage stage, Fn&& fn) {
    const StageClock clock(times, stage);
    return std::forward<Fn>(fn)();
}

void run_year(World& world, StageTimes* times) {
    const auto stage = [&](StageTimes::Stage which, void (*run)(World&)) {
        timed(times, which, [&] { run(world); });
    };
    stage(StageTimes::context, stages::context);
    stage(StageTimes::actor_choice, stages::actor_choice);
    stage(StageTimes::government_effort, stages::government_effort);
    stage(StageTimes::proposals, stages::proposals);
    stage(StageTimes::donor_decisions, stages::donor_decisions);
    stage(StageTimes::projects, stages::projects);
    stage(StageTimes::memory, stages::memory);
}

}  // namespace

output::RunRecord simulate(const scenario::Scenario& scenario, const RunOptions& options) {
    std::unique_ptr<oneapi::tbb::global_control> limit;
    if (options.threads > 0)
        limit = std::make_unique<oneapi::tbb::global_control>(
            oneapi::tbb::global_control::max_allowed_parallelism,
            static_cast<std::size_t>(options.threads));

    StageTimes* const times = options.stage_times;
    World world = timed(times, StageTimes::make_world, [&] { return make_world(scenario); });
    stages::TrajectoryRecorder recorder;
    const int total = scenario.year_count();
    for (int year = scenario.start_year; year <= scenario.end_year; ++year) {
        world.year = year;
        run_year(world, times);
        timed(times, StageTimes::record, [&] { recorder.record_year(world); });
        if (options.on_year_done) options.on_year_done(year, year - scenario.start_year + 1, total);
    }

    output::RunRecord record =
        timed(times, StageTimes::finish, [&] { return recorder.finish(world); });
    record.identity.format_version = output::kFormatVersion;
    record.identity.coopsim_version = coopsim::version();
    record.identity.git_commit = coopsim::git_commit();
    record.identity.scenario_name = scenario.name;
    record.identity.scenario_json = scenario.resolved_json;
    record.identity.seed = scenario.seed;
    return record;
}

}  // namespace coopsim::engine
