#pragma once
// Running an experiment's runs (`coopsim sweep`): in parallel across runs, each finished run
// saved at once as its own small file in a partial folder next to the output, so memory stays
// bounded and an interruption (Ctrl-C, kill -9, a power cut) loses only the runs in flight;
// when every run is there, one file is assembled in run order, so its content does not depend
// on the thread count or the completion order. docs/EXPERIMENTS.md describes the files.
#include <atomic>
#include <filesystem>
#include <functional>
#include <string>

#include "output/run_record.hpp"
#include "sim/experiment/experiment.hpp"

namespace coopsim::scenario {
struct Scenario;
}

namespace coopsim::experiment {

class ProcessGroup;

struct SweepProgress {
    int total = 0;    // runs in the design
    int done = 0;     // saved, this session or before it
    int failed = 0;   // of those, runs that threw
    int resumed = 0;  // found saved from an earlier session
};

struct SweepOptions {
    std::filesystem::path out;
    int threads = 0;      // runs at once; 0: every core
    bool resume = false;  // finish the runs missing from `out`'s partial folder
    bool force = false;   // replace `out` and start over, dropping a partial folder
    // Where, when and how the sweep was made (the CLI fills it); wall_seconds is set here.
    output::RunProvenance provenance;
    // Set (e.g. by a SIGINT handler) to stop starting runs; those in flight are finished.
    const std::atomic<bool>* stop = nullptr;
    // Called after each saved run, from whichever thread saved it, one call at a time.
    std::function<void(const SweepProgress&)> on_run_saved;
    // The processes of an MPI job sharing the sweep (null: this process alone). Each takes every
    // size-th missing run and saves it in the shared partial folder; the leader (rank 0) checks
    // the folder first and assembles the file at the end.
    const ProcessGroup* group = nullptr;
    // What a run does with its scenario; empty: engine::simulate. The command never sets it:
    // it lets a test stand in a run that throws, to see how the sweep treats each error.
    std::function<output::RunRecord(const scenario::Scenario&)> simulate;
};

struct SweepOutcome {
    SweepProgress progress;
    bool interrupted = false;  // stopped before every run was saved: `out` not written
    bool refused = false;      // another process (the leader) refused the sweep and said why
};

// The partial folder of an output file: "<out>.partial".
std::filesystem::path partial_folder(const std::filesystem::path& out);
// The folder of kept trajectories: "<out without .h5>.runs".
std::filesystem::path trajectory_folder(const std::filesystem::path& out);

// Throws ScenarioError/OutputError (exit 2) for an output that exists without --force, a
// partial folder without --resume or --force, or one made from another experiment. A run
// whose own scenario is invalid (an InputError) is recorded as failed and the others go on;
// any other error of a run stops the sweep (an OutputError as it is, anything else, a bug, as
// a std::runtime_error naming the run) and leaves the partial folder to --resume.
SweepOutcome run_sweep(const Experiment& experiment, const SweepOptions& options);

}  // namespace coopsim::experiment
