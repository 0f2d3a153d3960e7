#pragma once
// The runs of an experiment, in a fixed order: design point by design point, replications
// within a point. Run r is point r / replications, replication r % replications; its seed is
// derived from (experiment seed, point, replication) alone, so any run can be re-run by itself
// with `coopsim run` (rerun_command) and give the same numbers.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/experiment/experiment.hpp"

namespace coopsim::experiment {

struct PlannedRun {
    int id = 0;
    int point = 0;
    int replication = 0;
    std::uint64_t seed = 0;
    int block = 0;    // Morris trajectory, Saltelli matrix (designs.hpp); 0 otherwise
    int factor = -1;  // the factor the design changed at this point (Morris, Saltelli)
    std::vector<nlohmann::json> values;  // one per factor
};

// Seeds fit in 48 bits, so that they are exact in any JSON reader.
std::uint64_t run_seed(std::uint64_t experiment_seed, int point, int replication);

std::vector<PlannedRun> plan_runs(const Experiment& experiment);

// `coopsim run BASE --seed S --set ...` for this run, quoted for a POSIX shell.
std::string rerun_command(const Experiment& experiment, const PlannedRun& run);

}  // namespace coopsim::experiment
