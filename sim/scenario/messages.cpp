#include "sim/scenario/messages.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace coopsim::scenario {

namespace {
constexpr std::size_t kShownStringLength = 60;
}

std::string format_number(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return std::to_string(static_cast<long long>(value));
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string in_quotes(std::string_view text) {
    // The replace handler keeps this from throwing on invalid UTF-8 (shown as U+FFFD).
    return nlohmann::json(std::string(text))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string shown(const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            return value.empty() ? "an empty object" : "an object";
        case nlohmann::json::value_t::array:
            return value.empty() ? "an empty array"
                                 : "an array of " + std::to_string(value.size()) +
                                       (value.size() == 1 ? " item" : " items");
        case nlohmann::json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            if (text.size() <= kShownStringLength) return in_quotes(text);
            return in_quotes(text.substr(0, kShownStringLength)) + "...";
        }
        case nlohmann::json::value_t::number_float:
            return format_number(value.get<double>());
        default:
            return value.dump();
    }
}

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07u;
        } else {
            return false;
        }
        if (i + length > text.size()) return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<std::uint8_t>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

}  // namespace coopsim::scenario
