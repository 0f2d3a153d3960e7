// coopsim sweep: run an experiment's design, in parallel, resumable.

#include <chrono>
#include <csignal>
#include <iostream>

#include "sim/cli/command.hpp"
#include "sim/cli/options.hpp"
#include "sim/cli/progress.hpp"
#include "sim/cli/provenance.hpp"
#include "sim/errors.hpp"
#include "sim/experiment/load_experiment.hpp"
#include "sim/experiment/process_group.hpp"
#include "sim/experiment/sweep.hpp"

namespace coopsim::cli {

namespace {

constexpr std::string_view kUsage =
    "coopsim sweep EXPERIMENT --out FILE [--threads N] [--resume] [--force] [--quiet]";
constexpr std::string_view kAbout =
    "Runs every run of the experiment file EXPERIMENT (its base scenario, factors, design and\n"
    "replications; docs/EXPERIMENTS.md) in parallel and writes one HDF5 file: the design table\n"
    "and each run's yearly indicators and stylised-fact measures. Each finished run is saved at\n"
    "once in FILE.partial/; an interrupted sweep continues with --resume. The file's content\n"
    "does not depend on the thread count. Exit status: 0 when every run succeeded, 1 when some\n"
    "failed (see /design/status), 2 for bad input, 130 when interrupted.";

std::atomic<bool> g_stop{false};

extern "C" void request_stop(int) {
    g_stop.store(true);
}

// Ctrl-C stops starting runs for as long as the sweep runs; the previous handler comes back.
class InterruptGuard {
  public:
    InterruptGuard() : previous_(std::signal(SIGINT, request_stop)) { g_stop.store(false); }
    ~InterruptGuard() { std::signal(SIGINT, previous_); }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

  private:
    void (*previous_)(int);
};

po::options_description sweep_options() {
    po::options_description options("Options");
    // clang-format off
    options.add_options()
        ("out,o", po::value<std::string>()->value_name("FILE"), "the sweep file to write (required)")
        ("threads,j", po::value<std::string>()->value_name("N")->default_value("0"),
         "runs at once; 0 uses all cores (the file does not depend on it)")
        ("resume", "finish an interrupted sweep: run only what FILE.partial/ lacks");
    // clang-format on
    add_file_writer_options(options);
    return options;
}

}  // namespace

int run_sweep(const Invocation& invocation) {
    const auto vm = parse_command(invocation.args, sweep_options(), "experiment", kUsage, kAbout);
    if (!vm) return 0;  // --help
    if (!vm->count("experiment")) throw UsageError("sweep: missing the EXPERIMENT file");
    if (!vm->count("out")) throw UsageError("sweep: --out FILE is required");
    const bool quiet = vm->count("quiet") > 0;

    // Under mpirun every process reads the experiment; only the leader (rank 0) talks.
    const experiment::ProcessGroup group;
    const bool leader = group.leader();
    const experiment::Experiment experiment =
        experiment::load_experiment((*vm)["experiment"].as<std::string>());
    experiment::SweepOptions options;
    options.out = (*vm)["out"].as<std::string>();
    options.threads = read_threads(*vm);
    options.resume = vm->count("resume") > 0;
    options.force = vm->count("force") > 0;
    options.provenance = make_provenance(invocation.command_line, 0, options.threads);
    options.stop = &g_stop;
    options.group = &group;
    const auto started = std::chrono::steady_clock::now();
    auto last_line = started - std::chrono::seconds(1);
    if (!quiet && leader) {
        options.on_run_saved = [&](const experiment::SweepProgress& p) {
            const auto now = std::chrono::steady_clock::now();
            if (p.done < p.total && now - last_line < std::chrono::milliseconds(500)) return;
            last_line = now;
            const int ran = p.done - p.resumed;
            const auto elapsed = now - started;
            std::cerr << "sweep: " << p.done << " of " << p.total << " runs done";
            if (p.failed > 0) std::cerr << ", " << p.failed << " failed";
            std::cerr << " (" << format_elapsed(elapsed);
            if (ran > 0 && p.done < p.total)
                std::cerr << ", about " << format_elapsed(elapsed / ran * (p.total - p.done))
                          << " left";
            std::cerr << ")\n";
        };
    }

    const InterruptGuard guard;
    const experiment::SweepOutcome outcome = experiment::run_sweep(experiment, options);
    const auto& p = outcome.progress;
    if (outcome.refused) return 2;  // the leader said why
    if (outcome.interrupted && !leader) return 130;
    if (outcome.interrupted) {
        std::cerr << "sweep: interrupted; " << p.done << " of " << p.total << " runs are saved in "
                  << experiment::partial_folder(options.out).string()
                  << "\nsweep: finish them with: coopsim sweep "
                  << (*vm)["experiment"].as<std::string>() << " --out " << options.out.string()
                  << " --resume\n";
        return 130;
    }
    if (!quiet && leader) {
        std::cout << "sweep " << experiment.name << ": " << p.total << " runs";
        if (group.size() > 1) std::cout << " on " << group.size() << " processes";
        std::cout << " (" << p.resumed << " from an earlier session), " << p.failed
                  << " failed; wrote " << options.out.string() << "\n";
    }
    return p.failed > 0 ? 1 : 0;
}

}  // namespace coopsim::cli
