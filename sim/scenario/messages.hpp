#pragma once
// How values are worded in scenario messages ("expected a number >= 0, got \"abc\""), shared by
// the validator, the CSV reader and the reference tables so that all of them read alike.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// Integral values below 1e15 without decimals or exponent (5000000, not 5e+06), others in the
// shortest form that reads back to the same double.
std::string format_number(double value);

// `text` in double quotes with JSON escapes, so that invisible characters show.
std::string in_quotes(std::string_view text);

// A received value as it follows "got": strings quoted (long ones shortened), numbers as
// written, containers by their size, so that one bad 50 MB value does not flood the message.
std::string shown(const nlohmann::json& value);

// Invalid UTF-8 would make the resolved scenario impossible to write as JSON later.
bool is_valid_utf8(std::string_view text);

}  // namespace coopsim::scenario
