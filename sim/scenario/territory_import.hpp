#pragma once
// Importing territories from someone else's municipal table (a DANE export, a spreadsheet):
// each `--map COLUMN=FIELD[:UNIT]` names the table's column that gives a territory field, the
// importer fills in what such tables lack (department names, fiscal category, capitals,
// budget), checks every value against the schema, and writes the territories CSV that a
// scenario's `territories_csv` reads (territory_csv.hpp). `coopsim import-territories` is its
// command line; docs/SCENARIOS.md, "Bring your own territories", its guide.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// How a cell's number becomes the field's unit.
enum class Unit : std::uint8_t {
    as_is,
    percent,    // 74.96 -> 0.7496: a percentage becomes a share; fields in [0, 1] only
    thousands,  // 12000 -> 12,000,000: "thousands of pesos", as fiscal tables report budgets
    millions,   // 12000 -> 12,000,000,000
};

struct ColumnMapping {
    std::string column;  // as in the table's header
    std::string field;   // a scalar territory key, or department_code
    Unit unit = Unit::as_is;
    std::string given;  // as written on the command line, for messages
};

// The pseudo-field of a 2-digit DANE department code: it names the department when no column
// is mapped to `department`, and is checked against the municipal code's first digits.
inline constexpr std::string_view kDepartmentCode = "department_code";

// The fields a column can be mapped to: the scalar territory keys, then department_code.
std::vector<std::string> importable_fields();

// "Population 2018=population", "Indian Population (%)=ethnic_share:percent": the column is
// everything before the last '=', spaces around the parts are dropped. Throws UsageError for
// a malformed mapping, an unknown field or unit (with a suggestion), or a unit the field
// cannot take.
ColumnMapping parse_column_mapping(std::string_view text);

// Roughly what Colombian municipalities spend per inhabitant and year, for tables without
// budgets: an order of magnitude to start from, not a figure for any one municipality.
inline constexpr double kDefaultBudgetPerCapitaCop = 600000;

struct ImportOptions {
    std::vector<ColumnMapping> mappings;
    double budget_per_capita_cop = kDefaultBudgetPerCapitaCop;  // budget_cop when unmapped
};

struct ImportedTerritories {
    // One object per municipality, in code order, with the keys of `columns` that it has; each
    // is a valid territory of the scenario schema.
    std::vector<nlohmann::json> territories;
    std::vector<std::string> columns;  // the CSV's header, in the schema's order
    std::vector<std::string> derived;  // fields the importer filled in, e.g. "category"
};

// Reads a table already in memory; `shown_as` names it in messages. Throws ScenarioError
// (shown_as, "line 12, column \"Population 2018\"", "expected a number > 0, got \"abc\"") and
// the like for an empty table, a mapped column the table lacks, a row of the wrong length, a
// bad or out-of-range value, or a municipal code that appears twice; UsageError when a
// required field (dane_code, name, population) is not mapped or a field is mapped twice.
ImportedTerritories import_territories(std::string_view table, const std::string& shown_as,
                                       const ImportOptions& options);
ImportedTerritories import_territories_file(const std::filesystem::path& table,
                                            const std::string& shown_as,
                                            const ImportOptions& options);

// The territories CSV: the header, then one row per territory; RFC 4180 quoting, UTF-8
// without a BOM, LF line ends, numbers that read back to the same double, empty cells for
// absent keys.
std::string territory_csv_text(const ImportedTerritories& imported);

}  // namespace coopsim::scenario
