#include "sim/scenario/overrides.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "sim/errors.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

// "0", "12", but not "012" or "-1": the array indices RFC 6901 allows.
bool is_index(const std::string& token) {
    return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    }) && (token.size() == 1 || token.front() != '0');
}

}  // namespace

std::string apply_override(json& document, std::string_view override_text,
                           const std::string& scenario_file) {
    const std::string shown_override = "--set " + in_quotes(override_text);
    const std::size_t equals = override_text.find('=');
    const std::vector<std::string> tokens =
        split_path(override_text.substr(0, std::min(equals, override_text.size())));
    if (equals == std::string_view::npos || tokens.empty()) {
        throw ScenarioError(
            scenario_file, "",
            shown_override + ": expected PATH=VALUE, e.g. parameters/lapse_rate=0.4");
    }
    const std::string_view text = override_text.substr(equals + 1);
    json value;
    try {
        value = parse_json_if_json(text, shown_override).value_or(json(std::string(text)));
    } catch (const ScenarioError& error) {
        // JSON the reader refuses (1e999, a duplicate key): report it at the overridden field.
        const std::string_view what = error.what();
        const std::size_t prefix = error.file().size() + 2 +
                                   (error.field_path().empty() ? 0 : error.field_path().size() + 2);
        throw ScenarioError(
            scenario_file, join_pointer(tokens),
            shown_override + ": " + std::string(what.substr(std::min(prefix, what.size()))));
    }

    json* target = &document;
    std::string pointer;
    for (const std::string& token : tokens) {
        std::string step = token;
        if (target->is_null()) *target = json::object();
        if (target->is_object()) {
            target = &(*target)[token];
        } else if (target->is_array() && token == "-") {
            step = std::to_string(target->size());
            target->push_back(nullptr);
            target = &target->back();
        } else if (target->is_array() && is_index(token) && token.size() < 10 &&
                   std::stoul(token) < target->size()) {
            target = &(*target)[std::stoul(token)];
        } else if (target->is_array()) {
            throw ScenarioError(scenario_file, pointer,
                                shown_override + ": expected an item index below " +
                                    std::to_string(target->size()) + " or \"-\", got " +
                                    in_quotes(token));
        } else {
            throw ScenarioError(scenario_file, pointer,
                                shown_override + ": cannot set a key inside " + shown(*target));
        }
        pointer = child_pointer(pointer, step);
    }
    *target = std::move(value);
    return pointer;
}

}  // namespace coopsim::scenario
