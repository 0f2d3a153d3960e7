#pragma once
// Running a scenario: build the world, run the year loop, return the recorded trajectories.
#include <functional>

#include "output/run_record.hpp"
#include "sim/engine/stage_times.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::engine {

struct RunOptions {
    int threads = 0;  // 0: all hardware threads; results do not depend on it
    // Called after each simulated year, from the calling thread: (year, years done, years total).
    std::function<void(int, int, int)> on_year_done;
    // When set, the wall time of each stage (and of building the world and finishing the
    // record) is added to it; left null, nothing is timed.
    StageTimes* stage_times = nullptr;
};

// Runs `scenario` with its seed and returns the trajectory record (identity filled,
// provenance left to the caller).
output::RunRecord simulate(const scenario::Scenario& scenario, const RunOptions& options = {});

}  // namespace coopsim::engine
