// coopsim check: run an ensemble of a scenario and compare it with the stylised facts.

#include <chrono>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/cli/command.hpp"
#include "sim/cli/options.hpp"
#include "sim/cli/progress.hpp"
#include "sim/cli/text_table.hpp"
#include "sim/errors.hpp"
#include "sim/scenario/load.hpp"
#include "sim/validation/fact_check.hpp"

namespace coopsim::cli {

namespace {

constexpr std::string_view kUsage =
    "coopsim check SCENARIO [--replications N] [--seed N] [--threads N] [--set PATH=VALUE]...\n"
    "                     [--json] [--quiet]";
constexpr std::string_view kAbout =
    "Runs N replications of the scenario (seeds seed, seed+1, ...) and prints one row per\n"
    "measure of the stylised facts SF1-SF8 of the model brief: the target, the simulated\n"
    "statistic over the replications with the 90 % interval of their values, pass or fail\n"
    "(docs/VALIDATION.md). Exit status 0 only when every fact the scenario is checked on\n"
    "(its `targets`) passes, 1 when one fails, 2 for bad input.";
constexpr std::int64_t kMaxReplications = 10000;

po::options_description check_options() {
    po::options_description options("Options");
    // clang-format off
    options.add_options()
        ("replications,n", po::value<std::string>()->value_name("N")->default_value("10"),
         "replications (seeds) in the ensemble")
        ("json", "print the report as JSON instead of a table");
    // clang-format on
    add_scenario_options(options);
    options.add_options()("quiet,q", "print no progress")("help,h", "show this help");
    return options;
}

// A value as the table shows it: money in millions, other measures with three decimals.
std::string shown(double value, const std::string& unit) {
    if (std::isnan(value)) return "n/a";
    if (unit.ends_with(" M")) return format_number(value / 1e6, 1);
    return format_number(value, unit == "years" ? 2 : 3);
}

void print_table(std::ostream& out, const validation::CheckReport& report) {
    out << "Stylised facts of the model brief, " << report.scenario_name << ": "
        << report.replications << " replications (seeds " << report.seed << " to "
        << report.seed + static_cast<std::uint64_t>(report.replications) - 1 << ")\n\n";
    using Align = TextTable::Align;
    TextTable table({{"fact", Align::left},
                     {"measure", Align::left},
                     {"statistic", Align::left},
                     {"unit", Align::left},
                     {"target", Align::left},
                     {"simulated", Align::right},
                     {"90% interval", Align::left},
                     {"result", Align::left}});
    for (const auto& row : report.rows) {
        const std::string interval = row.measured == 0 ? ""
                                                       : "[" + shown(row.p05, row.unit) + ", " +
                                                             shown(row.p95, row.unit) + "]";
        table.add_row({row.id, row.measure, row.statistic, row.unit, row.target,
                       shown(row.value, row.unit), interval, to_string(row.verdict)});
    }
    table.print(out);
    out << "\n"
        << (report.all_pass() ? "All checked facts pass." : "Some checked facts FAIL.") << "\n";
}

nlohmann::json as_json(const validation::CheckReport& report) {
    auto number = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(); };
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& row : report.rows) {
        rows.push_back({{"id", row.id},
                        {"fact", row.fact},
                        {"measure", row.measure},
                        {"statistic", row.statistic},
                        {"unit", row.unit},
                        {"target", row.target},
                        {"low", number(row.low)},
                        {"high", number(row.high)},
                        {"value", number(row.value)},
                        {"p05", number(row.p05)},
                        {"p95", number(row.p95)},
                        {"measured", row.measured},
                        {"result", to_string(row.verdict)}});
    }
    return {{"scenario", report.scenario_name},
            {"seed", report.seed},
            {"replications", report.replications},
            {"all_pass", report.all_pass()},
            {"rows", std::move(rows)}};
}

}  // namespace

int run_check(const Invocation& invocation) {
    const auto vm = parse_command(invocation.args, check_options(), "scenario", kUsage, kAbout);
    if (!vm) return 0;  // --help
    if (!vm->count("scenario")) throw UsageError("check: missing the SCENARIO file");
    const ScenarioSelection selection = read_scenario_options(*vm);
    const bool quiet = vm->count("quiet") > 0;

    const scenario::Scenario scenario =
        scenario::load_scenario((*vm)["scenario"].as<std::string>(), selection.overrides);
    validation::CheckOptions options;
    options.replications = static_cast<int>(parse_integer(
        "--replications", (*vm)["replications"].as<std::string>(), 1, kMaxReplications));
    options.threads = selection.threads;
    const auto started = std::chrono::steady_clock::now();
    if (!quiet) {
        options.on_run_done = [&](int done, int total) {
            std::cerr << "check: run " << done << " of " << total << " done ("
                      << format_elapsed(std::chrono::steady_clock::now() - started) << ")\n";
        };
    }
    const validation::CheckReport report = validation::check_facts(scenario, options);
    if (vm->count("json"))
        std::cout << as_json(report).dump(2) << "\n";
    else
        print_table(std::cout, report);
    return report.all_pass() ? 0 : 1;
}

}  // namespace coopsim::cli
