// The year loop: the stages of the model brief, in order, for every simulated year.
#include "sim/engine/simulation.hpp"

#include <memory>

#include <oneapi/tbb/global_control.h>

#include "output/format.hpp"
#include "sim/build_info.hpp"
#include "sim/engine/world.hpp"
#include "sim/stages/record.hpp"
#include "sim/stages/stages.hpp"

namespace coopsim::engine {

namespace {

void run_year(World& world) {
    stages::context(world);
    stages::actor_choice(world);
    stages::government_effort(world);
    stages::proposals(world);
    stages::donor_decisions(world);
    stages::projects(world);
    stages::memory(world);
}

}  // namespace

output::RunRecord simulate(const scenario::Scenario& scenario, const RunOptions& options) {
    std::unique_ptr<oneapi::tbb::global_control> limit;
    if (options.threads > 0)
        limit = std::make_unique<oneapi::tbb::global_control>(
            oneapi::tbb::global_control::max_allowed_parallelism,
            static_cast<std::size_t>(options.threads));

    World world = make_world(scenario);
    stages::TrajectoryRecorder recorder;
    const int total = scenario.year_count();
    for (int year = scenario.start_year; year <= scenario.end_year; ++year) {
        world.year = year;
        run_year(world);
        recorder.record_year(world);
        if (options.on_year_done) options.on_year_done(year, year - scenario.start_year + 1, total);
    }

    output::RunRecord record = recorder.finish(world);
    record.identity.format_version = output::kFormatVersion;
    record.identity.coopsim_version = coopsim::version();
    record.identity.git_commit = coopsim::git_commit();
    record.identity.scenario_name = scenario.name;
    record.identity.scenario_json = scenario.resolved_json;
    record.identity.seed = scenario.seed;
    return record;
}

}  // namespace coopsim::engine
