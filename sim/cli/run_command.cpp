// coopsim run: load a scenario, simulate it, write the trajectory file, print a summary.

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <oneapi/tbb/info.h>

#include "output/output_error.hpp"
#include "output/staged_file.hpp"
#include "output/writer.hpp"
#include "sim/cli/command.hpp"
#include "sim/cli/options.hpp"
#include "sim/cli/progress.hpp"
#include "sim/cli/provenance.hpp"
#include "sim/cli/run_summary.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/errors.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "coopsim run SCENARIO [--out FILE] [--seed N] [--threads N] [--set PATH=VALUE]...\n"
    "                   [--force] [--quiet]";
constexpr std::string_view kAbout =
    "Loads the scenario file SCENARIO (JSON; `coopsim schema` describes it), runs the\n"
    "simulation, writes its trajectories to an HDF5 file and prints a summary.\n"
    "Results depend on the scenario and the seed only, not on the number of threads.";

struct RunArguments {
    fs::path scenario;
    std::optional<fs::path> out;
    ScenarioSelection selection;
    bool force = false;
    bool quiet = false;
};

po::options_description run_options() {
    po::options_description options("Options");
    // One option per line reads as a table; clang-format would run them together.
    // clang-format off
    options.add_options()
        ("out,o", po::value<std::string>()->value_name("FILE"),
         "output file (default: <scenario name>.h5 in the current folder)");
    // clang-format on
    add_scenario_options(options);
    add_file_writer_options(options);
    return options;
}

RunArguments interpret(const po::variables_map& vm) {
    RunArguments arguments;
    if (!vm.count("scenario")) throw UsageError("run: missing the SCENARIO file");
    arguments.scenario = vm["scenario"].as<std::string>();
    if (vm.count("out")) arguments.out = vm["out"].as<std::string>();
    arguments.selection = read_scenario_options(vm);
    arguments.force = vm.count("force") > 0;
    arguments.quiet = vm.count("quiet") > 0;
    return arguments;
}

// "<scenario name>.h5"; characters that could leave the current folder or trouble a shell
// become '_'.
fs::path default_output(const scenario::Scenario& scenario, const fs::path& scenario_file) {
    std::string stem = scenario.name.empty() ? scenario_file.stem().string() : scenario.name;
    for (char& c : stem) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!safe) c = '_';
    }
    if (stem.empty() || stem.front() == '.') stem.insert(0, "run");
    return stem + ".h5";
}

// The writer checks all this again; checking first saves running a long simulation whose
// result could not be written. Nothing is created here.
// Fails before the simulation rather than after it: the same checks the writer makes (the
// destination may be written, its folder exists and takes a new file), by staging and
// abandoning a temporary file.
void check_output(const fs::path& out, bool force) {
    output::StagedFile probe(out, force);
}

// The threads the run can use: the request, where oneTBB's default arena (all cores, or the
// process's CPU affinity) does not cap it.
int threads_used(int requested) {
    const int available = oneapi::tbb::info::default_concurrency();
    return requested == 0 ? available : std::min(requested, available);
}

}  // namespace

int run_run(const Invocation& invocation) {
    const auto vm = parse_command(invocation.args, run_options(), "scenario", kUsage, kAbout);
    if (!vm) return 0;  // --help
    const RunArguments arguments = interpret(*vm);

    const scenario::Scenario scenario =
        scenario::load_scenario(arguments.scenario, arguments.selection.overrides);
    const fs::path out = arguments.out.value_or(default_output(scenario, arguments.scenario));
    check_output(out, arguments.force);

    ProgressDisplay progress(ProgressDisplay::mode_for_stderr(arguments.quiet), std::cerr);
    engine::RunOptions options;
    options.threads = arguments.selection.threads;
    options.on_year_done = [&](int year, int done, int total) {
        progress.year_done(year, done, total);
    };
    const auto started = std::chrono::steady_clock::now();
    progress.start(scenario.year_count());
    output::RunRecord record = engine::simulate(scenario, options);
    progress.finish();
    const std::chrono::duration<double> wall = std::chrono::steady_clock::now() - started;

    record.provenance = make_provenance(invocation.command_line, wall.count(),
                                        threads_used(arguments.selection.threads));
    output::WriteOptions write_options;
    write_options.force = arguments.force;
    output::write_run(out, record, write_options);

    if (!arguments.quiet) print_run_summary(std::cout, record, out.string());
    return 0;
}

}  // namespace coopsim::cli
