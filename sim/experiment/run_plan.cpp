#include "sim/experiment/run_plan.hpp"

#include "sim/experiment/designs.hpp"
#include "sim/experiment/load_experiment.hpp"
#include "sim/random/random_stream.hpp"

namespace coopsim::experiment {

namespace {

std::vector<DesignPoint> design_points(const Experiment& e) {
    const auto k = static_cast<int>(e.factors.size());
    switch (e.design.kind) {
        case DesignKind::full_factorial: {
            std::vector<int> levels;
            for (const auto& f : e.factors)
                levels.push_back(f.level_count());
            return full_factorial(levels);
        }
        case DesignKind::latin_hypercube:
            return latin_hypercube(k, e.design.samples, e.seed);
        case DesignKind::morris:
            return morris(k, e.design.trajectories, e.design.levels, e.seed);
        case DesignKind::saltelli:
            return saltelli(k, e.design.samples, e.design.second_order, e.seed);
    }
    return {};
}

// 'text' for a POSIX shell: single quotes, with any single quote closed, escaped and reopened.
std::string shell_quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

std::uint64_t run_seed(std::uint64_t experiment_seed, int point, int replication) {
    engine::RandomStream stream(experiment_seed, engine::Purpose::run_seed,
                                engine::AgentKind::experiment, static_cast<std::uint64_t>(point), 0,
                                static_cast<std::uint64_t>(replication));
    return stream.next_u64() >> 16;
}

std::vector<PlannedRun> plan_runs(const Experiment& e) {
    const std::vector<DesignPoint> points = design_points(e);
    std::vector<PlannedRun> runs;
    runs.reserve(points.size() * static_cast<std::size_t>(e.replications));
    for (std::size_t p = 0; p < points.size(); ++p) {
        std::vector<nlohmann::json> values;
        for (std::size_t i = 0; i < e.factors.size(); ++i)
            values.push_back(e.factors[i].value_at(points[p].unit[i]));
        for (int r = 0; r < e.replications; ++r) {
            PlannedRun run;
            run.id = static_cast<int>(runs.size());
            run.point = static_cast<int>(p);
            run.replication = r;
            run.seed = run_seed(e.seed, run.point, r);
            run.block = points[p].block;
            run.factor = points[p].factor;
            run.values = values;
            runs.push_back(std::move(run));
        }
    }
    return runs;
}

std::string rerun_command(const Experiment& e, const PlannedRun& run) {
    std::string command =
        "coopsim run " + shell_quoted(e.scenario.string()) + " --seed " + std::to_string(run.seed);
    for (const std::string& override_text : factor_overrides(e, run.values))
        command += " --set " + shell_quoted(override_text);
    return command;
}

}  // namespace coopsim::experiment
