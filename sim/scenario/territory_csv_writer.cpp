// The writing half of territory_import.hpp: imported territories as a territories CSV.
#include <charconv>
#include <cmath>

#include "sim/scenario/messages.hpp"
#include "sim/scenario/territory_import.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

// The shortest text that reads back to `x`, without an exponent where that stays short: shares
// as 0.0009 rather than 9e-04.
std::string csv_number(double x) {
    const double size = std::fabs(x);
    if (size < 1e-6 || size >= 1e15 || x == std::floor(x)) return format_number(x);
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed);
    return std::string(buffer, result.ptr);
}

std::string csv_cell(const json& value) {
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    if (value.is_number_float()) return csv_number(value.get<double>());
    if (!value.is_string()) return value.dump();
    const auto& text = value.get_ref<const std::string&>();
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

}  // namespace

std::string territory_csv_text(const ImportedTerritories& imported) {
    std::string text;
    for (const auto& column : imported.columns)
        text += (&column == &imported.columns.front() ? "" : ",") + column;
    text += '\n';
    for (const json& territory : imported.territories) {
        for (std::size_t c = 0; c < imported.columns.size(); ++c) {
            if (c > 0) text += ',';
            const auto it = territory.find(imported.columns[c]);
            if (it != territory.end()) text += csv_cell(*it);
        }
        text += '\n';
    }
    return text;
}

}  // namespace coopsim::scenario
