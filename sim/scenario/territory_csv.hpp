#pragma once
// Territories from a CSV file (`territories_csv`), e.g. every municipality of Colombia from a
// DANE table. The header row names territory keys (any subset of the scalar ones in the schema);
// each further row is one territory. RFC 4180 quoting, UTF-8 with or without a BOM, booleans as
// true/false/1/0, and an empty cell means the key is absent (its default applies).
#include <cstddef>
#include <filesystem>
#include <string>
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

}  // namespace coopsim::scenario
