#pragma once
// Territories from a CSV file (`territories_csv`), e.g. every municipality of Colombia from a
// DANE table. The header row names territory keys (any subset of the scalar ones in the schema);
// each further row is one territory. RFC 4180 quoting, UTF-8 with or without a BOM, booleans as
// true/false/1/0, and an empty cell means the key is absent (its default applies).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/scenario/schema.hpp"

namespace coopsim::scenario {

struct CsvTerritory {
    nlohmann::json territory;  // an object with the row's non-empty cells, typed by the schema
    std::size_t line = 0;      // where the row starts, for messages about it later
};

// Throws ScenarioError("t.csv", "line 12, column population", "expected a number >= 0, got
// \"abc\"") and the like: for a cell that is not of its key's type, an unknown or repeated
// column, a row with a different number of cells than the header, an unterminated quote, or a
// file without rows. Ranges and required keys are checked later, with the rest of the scenario.
std::vector<CsvTerritory> read_territory_csv(const std::filesystem::path& file,
                                             const std::string& shown_as,
                                             const schema::Node& territory);

// The same from text already read; `shown_as` names it in messages.
std::vector<CsvTerritory> parse_territory_csv(std::string_view text, const std::string& shown_as,
                                              const schema::Node& territory);

// The building blocks, shared with the importer of other tables (territory_import.hpp) so that
// both read CSV alike.

// One record: its cells as written (quotes removed) and the line where it starts.
struct CsvRecord {
    std::vector<std::string> cells;
    std::size_t line = 0;
};

// Every record of `text`, the header first: a BOM is stripped and blank lines are skipped.
// Throws ScenarioError(shown_as, "line N", ...) for an unterminated or misplaced quote.
std::vector<CsvRecord> read_csv_records(std::string_view text, const std::string& shown_as);

// The value of a non-empty cell (surrounding spaces already removed where they do not count),
// typed as `node` says: numbers, integers (leading zeros allowed), booleans as true/false/1/0
// in any case, text as it is; nullopt when the cell is not of that type.
std::optional<nlohmann::json> typed_csv_cell(const std::string& cell, const schema::Node& node);

}  // namespace coopsim::scenario
