#pragma once
// Running a scenario: build the world, run the year loop, return the recorded trajectories.
// A run may save the state of its world at the start of a year, and a run may continue from
// such a saved state (docs/OUTPUT.md, "Saved state").
#include <functional>
#include <optional>

#include "output/run_record.hpp"
#include "sim/engine/stage_times.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::engine {

class SavedState;

struct RunOptions {
    int threads = 0;  // 0: all hardware threads; results do not depend on it
    // Called after each simulated year, from the calling thread: (year, years done, years total).
    std::function<void(int, int, int)> on_year_done;
    // When set, the wall time of each stage (and of building the world and finishing the
    // record) is added to it; left null, nothing is timed.
    StageTimes* stage_times = nullptr;
    // When set, the world at the start of this year is saved in the record, under /state
    // (world_state.hpp). It must be after the scenario's first year, not after its last, and
    // not before the year the run continues from.
    std::optional<int> save_state_at = std::nullopt;
    // When set, the run continues from this saved state: the saved world at the start of its
    // year, then the scenario's rules and seed to its end; the record holds the saved run's rows
    // for the years before (saved_state.hpp).
    const SavedState* from_state = nullptr;
};

// The first year `simulate` runs with these options: the scenario's first, or the year of the
// state it continues from. Throws InputError when a state year does not fit the scenario.
int first_simulated_year(const scenario::Scenario& scenario, const RunOptions& options);

// Runs `scenario` with its seed and returns the trajectory record (identity filled,
// provenance left to the caller). Throws InputError when the options do not fit the scenario
// (first_simulated_year) or the saved state does not fit it (restore_state).
output::RunRecord simulate(const scenario::Scenario& scenario, const RunOptions& options = {});

}  // namespace coopsim::engine
