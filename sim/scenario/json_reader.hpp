#pragma once
// Parsing scenario JSON strictly: duplicate keys, numbers that overflow a double and nesting
// deeper than kMaxNesting are errors that name the field, and malformed text is an error that
// names the line and column. No input, however deep or large, can crash or hang the reader.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// Deeper than any scenario needs (about 5), shallow enough for recursive code that walks a
// document.
inline constexpr std::size_t kMaxNesting = 64;

// Throws ScenarioError naming `shown_as`.
nlohmann::json read_json_file(const std::filesystem::path& file, const std::string& shown_as);
nlohmann::json parse_json_text(std::string_view text, const std::string& shown_as);
// For --set values: nullopt when `text` is not JSON at all (it is then meant as a plain string);
// throws like parse_json_text for JSON that the reader refuses (a duplicate key, a number that
// overflows, nesting too deep).
std::optional<nlohmann::json> parse_json_if_json(std::string_view text,
                                                 const std::string& shown_as);

// Nesting of arrays and objects (a scalar is 0, [] is 1), without recursion: for documents that
// did not come through the reader, e.g. those given to load_scenario_json.
std::size_t nesting_depth(const nlohmann::json& value);

}  // namespace coopsim::scenario
