// The year loop: the stages of the model brief, in order, for every simulated year.
#include "sim/engine/simulation.hpp"

#include <chrono>
#include <memory>
#include <utility>

#include <oneapi/tbb/global_control.h>

#include "output/format.hpp"
#include "sim/build_info.hpp"
#include "sim/engine/saved_state.hpp"
#include "sim/engine/world_state.hpp"
#include "sim/errors.hpp"
#include "sim/stages/record.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/world.hpp"

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
    // The seven stages follow make_world in StageTimes, in the same order (a test checks names).
    std::size_t part = StageTimes::context;
    for (const auto& stage : stages::year_stages()) {
        timed(times, static_cast<StageTimes::Stage>(part++), [&] { stage.run(world); });
    }
}

// The world the run starts from: the scenario's, or the saved state put into it.
World starting_world(const scenario::Scenario& scenario, const RunOptions& options) {
    World world = make_world(scenario);
    if (options.from_state) options.from_state->restore(world);
    return world;
}

// Appends to `record` the state of `saved`, the world at the start of the year it was saved.
void add_state(output::RunRecord& record, const World& saved) {
    for (auto& column : state_columns(saved, record.axis_length(output::Axis::project)))
        record.columns.push_back(std::move(column));
}

}  // namespace

int first_simulated_year(const scenario::Scenario& scenario, const RunOptions& options) {
    const std::string years = "scenario '" + scenario.name + "' runs " +
                              std::to_string(scenario.start_year) + "-" +
                              std::to_string(scenario.end_year);
    int first = scenario.start_year;
    if (const SavedState* from = options.from_state) {
        if (from->first_year() != scenario.start_year)
            throw InputError(from->file() + ": the saved run starts in " +
                             std::to_string(from->first_year()) + ", but " + years +
                             "; a continued run must start in the same year");
        if (from->year() > scenario.end_year)
            throw InputError(from->file() + ": cannot continue from " +
                             std::to_string(from->year()) + ": " + years);
        first = from->year();
    }
    if (const auto save = options.save_state_at) {
        if (*save <= scenario.start_year || *save > scenario.end_year)
            throw InputError("cannot save the state at the start of " + std::to_string(*save) +
                             ": " + years + ", so a state can be saved at the start of " +
                             std::to_string(scenario.start_year + 1) + " to " +
                             std::to_string(scenario.end_year));
        if (*save < first)
            throw InputError("cannot save the state at the start of " + std::to_string(*save) +
                             ": this run continues from " + std::to_string(first));
    }
    return first;
}

output::RunRecord simulate(const scenario::Scenario& scenario, const RunOptions& options) {
    std::unique_ptr<oneapi::tbb::global_control> limit;
    if (options.threads > 0)
        limit = std::make_unique<oneapi::tbb::global_control>(
            oneapi::tbb::global_control::max_allowed_parallelism,
            static_cast<std::size_t>(options.threads));

    const int first = first_simulated_year(scenario, options);
    StageTimes* const times = options.stage_times;
    World world =
        timed(times, StageTimes::make_world, [&] { return starting_world(scenario, options); });
    std::optional<World> saved;
    stages::TrajectoryRecorder recorder;
    const int total = scenario.end_year - first + 1;
    for (int year = first; year <= scenario.end_year; ++year) {
        world.year = year;
        if (options.save_state_at == year) saved = world;
        run_year(world, times);
        timed(times, StageTimes::record, [&] { recorder.record_year(world); });
        if (options.on_year_done) options.on_year_done(year, year - first + 1, total);
    }

    output::RunRecord record = timed(times, StageTimes::finish, [&] {
        output::RunRecord finished = recorder.finish(world);
        if (options.from_state) options.from_state->prepend_history(finished);
        if (saved) add_state(finished, *saved);
        return finished;
    });
    record.identity.format_version = output::kFormatVersion;
    record.identity.coopsim_version = coopsim::version();
    record.identity.git_commit = coopsim::git_commit();
    record.identity.scenario_name = scenario.name;
    record.identity.scenario_json = scenario.resolved_json;
    record.identity.seed = scenario.seed;
    return record;
}

}  // namespace coopsim::engine
