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
#include "sim/engine/saved_state.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/errors.hpp"
#include "sim/scenario/load.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "coopsim run SCENARIO [--out FILE] [--seed N] [--threads N] [--set PATH=VALUE]...\n"
    "                   [--save-state-at YEAR] [--from-state FILE:YEAR] [--force] [--quiet]";
constexpr std::string_view kAbout =
    "Loads the scenario file SCENARIO (JSON; `coopsim schema` describes it), runs the\n"
    "simulation, writes its trajectories to an HDF5 file and prints a summary.\n"
    "Results depend on the scenario and the seed only, not on the number of threads.\n"
    "A run can save the state of its world at the start of a year (--save-state-at), and\n"
    "another run can continue from it with its own scenario (--from-state): a what-if\n"
    "branched from a common history.";

// --from-state FILE:YEAR
struct StateReference {
    fs::path file;
    int year = 0;
};

struct RunArguments {
    fs::path scenario;
    std::optional<fs::path> out;
    ScenarioSelection selection;
    std::optional<int> save_state_at;
    std::optional<StateReference> from_state;
    bool force = false;
    bool quiet = false;
};

po::options_description run_options() {
    po::options_description options("Options");
    // One option per line reads as a table; clang-format would run them together.
    // clang-format off
    options.add_options()
        ("out,o", po::value<std::string>()->value_name("FILE"),
         "output file (default: <scenario name>.h5 in the current folder)")
        ("save-state-at", po::value<std::string>()->value_name("YEAR"),
         "also save in the output file the state of the world at the start of YEAR, for runs "
         "that continue from it (--from-state)")
        ("from-state", po::value<std::string>()->value_name("FILE:YEAR"),
         "continue from the state saved in FILE at the start of YEAR, with SCENARIO from then "
         "on; the years before are copied from FILE");
    // clang-format on
    add_scenario_options(options);
    add_file_writer_options(options);
    return options;
}

int parse_year(std::string_view option, const std::string& text) {
    return static_cast<int>(
        parse_integer(option, text, scenario::kFirstSimulatedYear, scenario::kLastSimulatedYear));
}

StateReference parse_state_reference(const std::string& text) {
    const std::size_t colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw UsageError("--from-state: expected FILE:YEAR, got \"" + text + "\"");
    return {text.substr(0, colon), parse_year("--from-state", text.substr(colon + 1))};
}

RunArguments interpret(const po::variables_map& vm) {
    RunArguments arguments;
    if (!vm.count("scenario")) throw UsageError("run: missing the SCENARIO file");
    arguments.scenario = vm["scenario"].as<std::string>();
    if (vm.count("out")) arguments.out = vm["out"].as<std::string>();
    arguments.selection = read_scenario_options(vm);
    if (vm.count("save-state-at"))
        arguments.save_state_at =
            parse_year("--save-state-at", vm["save-state-at"].as<std::string>());
    if (vm.count("from-state"))
        arguments.from_state = parse_state_reference(vm["from-state"].as<std::string>());
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
    std::optional<engine::SavedState> from_state;
    if (arguments.from_state)
        from_state.emplace(arguments.from_state->file, arguments.from_state->year);
    engine::RunOptions options;
    options.threads = arguments.selection.threads;
    options.save_state_at = arguments.save_state_at;
    options.from_state = from_state ? &*from_state : nullptr;
    const int first_year = engine::first_simulated_year(scenario, options);
    const fs::path out = arguments.out.value_or(default_output(scenario, arguments.scenario));
    check_output(out, arguments.force);

    ProgressDisplay progress(ProgressDisplay::mode_for_stderr(arguments.quiet), std::cerr);
    options.on_year_done = [&](int year, int done, int total) {
        progress.year_done(year, done, total);
    };
    const auto started = std::chrono::steady_clock::now();
    progress.start(scenario.end_year - first_year + 1);
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
