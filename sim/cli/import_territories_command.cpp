// coopsim import-territories: a municipal table (a DANE export, a spreadsheet) becomes the
// territories CSV that a scenario's `territories_csv` reads (sim/scenario/territory_import.hpp).
#include <charconv>
#include <cmath>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "output/output_error.hpp"
#include "output/staged_file.hpp"
#include "sim/cli/command.hpp"
#include "sim/cli/options.hpp"
#include "sim/errors.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/territory_import.hpp"

namespace coopsim::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "coopsim import-territories TABLE.csv --map COLUMN=FIELD[:UNIT]... [--out FILE]\n"
    "                          [--budget-per-capita-cop COP] [--force] [--quiet]";
constexpr std::string_view kAbout =
    "Turns a municipal table (CSV with a header row, e.g. a DANE export) into the territories\n"
    "CSV that a scenario names in `territories_csv`: one row per municipality, in code order.\n"
    "\n"
    "Each --map names the table's column that gives a territory field:\n"
    "  dane_code, name and population must be mapped; any other scalar territory key may be\n"
    "  (department, category, rural_share, ethnic_share, area_km2, distance_to_capital_km,\n"
    "  budget_cop, is_capital, sgp_dependence, private_sector, conflict_events, unmet_needs, ...;\n"
    "  `coopsim schema` lists them). department_code maps a 2-digit DANE department code.\n"
    "  UNIT converts a number: percent (74.96 -> 0.7496, shares only), thousands, millions.\n"
    "  For a table with one population column per year, map the year's column.\n"
    "Municipal codes may keep or drop the leading zero (05001 or 5001).\n"
    "\n"
    "What is not mapped is derived:\n"
    "  department  from department_code, else from the municipal code's first digits, with\n"
    "              DANE's department names (05 Antioquia, ..., 11 Bogotá D.C., ..., 99 Vichada)\n"
    "  category    Law 617 of 2000 by population only (0 special > 500,000; 1 > 100,000;\n"
    "              2 > 50,000; 3 > 30,000; 4 > 20,000; 5 > 10,000; 6 up to 10,000)\n"
    "  is_capital  true for the 32 departmental capitals (Bogotá D.C. for Cundinamarca)\n"
    "  budget_cop  population x --budget-per-capita-cop\n"
    "Other fields are left empty, so their scenario defaults apply.\n"
    "\n"
    "Every value is checked as a scenario would check it; an error names the table, the line\n"
    "and the column, and nothing is written. The output is written whole or not at all.\n"
    "\n"
    "Example (DANE's table of the 1,122 municipalities):\n"
    "  coopsim import-territories col_municipios_dane_variables_MITCriticalData.csv \\\n"
    "      --map \"Municipality code=dane_code\" --map Municipality=name \\\n"
    "      --map \"State code=department_code\" --map \"Population 2018=population\" \\\n"
    "      --map \"Indian Population (%)=ethnic_share:percent\" --out territories.csv";
constexpr std::string_view kDefaultOut = "territories.csv";

struct ImportArguments {
    fs::path table;
    fs::path out;
    scenario::ImportOptions options;
    bool force = false;
    bool quiet = false;
};

po::options_description import_options() {
    po::options_description options("Options");
    // clang-format off
    options.add_options()
        ("map,m", po::value<std::vector<std::string>>()->value_name("COLUMN=FIELD[:UNIT]")
                      ->composing(),
         "take FIELD from the table's COLUMN (see above); repeatable")
        ("out,o", po::value<std::string>()->value_name("FILE")
                      ->default_value(std::string(kDefaultOut)),
         "the territories CSV to write")
        ("budget-per-capita-cop", po::value<std::string>()->value_name("COP")
                      ->default_value(scenario::format_number(
                          scenario::kDefaultBudgetPerCapitaCop)),
         "yearly budget per inhabitant for budget_cop when it is not mapped (a rough "
         "order of magnitude; set your own)");
    // clang-format on
    add_file_writer_options(options);
    return options;
}

double parse_budget_per_capita(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.empty() || !std::isfinite(value) || value < 0) {
        throw UsageError("--budget-per-capita-cop: expected a number of COP >= 0, got \"" + text +
                         "\"");
    }
    return value;
}

ImportArguments interpret(const po::variables_map& vm) {
    ImportArguments arguments;
    if (!vm.count("table")) throw UsageError("import-territories: missing the TABLE.csv file");
    arguments.table = vm["table"].as<std::string>();
    arguments.out = vm["out"].as<std::string>();
    if (vm.count("map")) {
        for (const std::string& text : vm["map"].as<std::vector<std::string>>())
            arguments.options.mappings.push_back(scenario::parse_column_mapping(text));
    }
    arguments.options.budget_per_capita_cop =
        parse_budget_per_capita(vm["budget-per-capita-cop"].as<std::string>());
    arguments.force = vm.count("force") > 0;
    arguments.quiet = vm.count("quiet") > 0;
    return arguments;
}

void write_text(const fs::path& file, const std::string& text, const std::string& shown_as) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw output::OutputError(shown_as, "", "cannot be written");
}

void print_summary(std::ostream& out, const ImportArguments& arguments,
                   const scenario::ImportedTerritories& imported) {
    out << "Wrote " << imported.territories.size() << " territories to " << arguments.out.string()
        << " (from " << arguments.table.string() << ").\n";
    if (imported.derived.empty()) return;
    out << "Derived, not mapped:";
    for (const auto& field : imported.derived) {
        out << (&field == &imported.derived.front() ? " " : ", ") << field;
        if (field == "budget_cop") {
            out << " (" << scenario::format_number(arguments.options.budget_per_capita_cop)
                << " COP per inhabitant)";
        }
    }
    out << ".\n";
}

}  // namespace

int run_import_territories(const Invocation& invocation) {
    const auto vm = parse_command(invocation.args, import_options(), "table", kUsage, kAbout);
    if (!vm) return 0;  // --help
    const ImportArguments arguments = interpret(*vm);

    // Refuses an existing output before any work; removes its temporary file on any error.
    output::StagedFile staged(arguments.out, arguments.force);
    const scenario::ImportedTerritories imported = scenario::import_territories_file(
        arguments.table, arguments.table.string(), arguments.options);
    write_text(staged.temporary(), scenario::territory_csv_text(imported), staged.display_name());
    staged.commit();

    if (!arguments.quiet) print_summary(std::cout, arguments, imported);
    return 0;
}

}  // namespace coopsim::cli
