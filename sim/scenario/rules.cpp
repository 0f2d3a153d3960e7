// The kinds of rule across keys that the schema table declares (schema.hpp).
#include <map>
#include <utility>

#include "sim/scenario/field_path.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario::schema {

namespace {

using nlohmann::json;

std::string code(std::string_view pattern) {
    return "`" + readable_pattern(pattern) + "`";
}

std::string shown_number(const json& value) {
    return value.is_number() ? shown(value) : std::string("?");
}

}  // namespace

Rule not_less(std::string objects, std::string low, std::string high) {
    std::string description = code(objects + "/" + high) + " >= " + code(objects + "/" + low);
    return {std::move(description),
            [objects, low, high](const json& document, std::vector<Problem>& problems) {
                for (const auto& match : match_pattern(document, objects)) {
                    const json& object = *match.value;
                    if (!object.is_object() || !object.contains(low) || !object.contains(high))
                        continue;
                    if (object.at(high).get<double>() >= object.at(low).get<double>()) continue;
                    problems.push_back({child_pointer(match.pointer, high),
                                        "expected " + high + " >= " + low + " (" +
                                            shown_number(object.at(low)) + "), got " +
                                            shown_number(object.at(high))});
                }
            }};
}

Rule unique(std::string arrays, std::string key) {
    const std::string what = key.empty() ? "item" : key;
    std::string description = "each " + code(key.empty() ? arrays + "/*" : arrays + "/*/" + key) +
                              " is unique" + (key.empty() ? "" : " within " + code(arrays));
    return {std::move(description),
            [arrays, key, what](const json& document, std::vector<Problem>& problems) {
                for (const auto& match : match_pattern(document, arrays)) {
                    if (!match.value->is_array()) continue;
                    // dump() is a canonical text for any JSON value: equal values, equal text.
                    std::map<std::string, std::string> first_seen;
                    for (std::size_t i = 0; i < match.value->size(); ++i) {
                        const json& item = (*match.value)[i];
                        std::string pointer = child_pointer(match.pointer, i);
                        if (!key.empty()) {
                            if (!item.is_object() || !item.contains(key)) continue;
                            pointer = child_pointer(pointer, key);
                        }
                        const json& value = key.empty() ? item : item.at(key);
                        const auto [seen, inserted] = first_seen.emplace(value.dump(), pointer);
                        if (inserted) continue;
                        problems.push_back({pointer, "expected a unique " + what + ", got " +
                                                         shown(value) + " again (first at " +
                                                         seen->second + ")"});
                    }
                }
            }};
}

Rule member_of(std::string values, std::string known) {
    std::string description = "each " + code(values) + " is one of the " + code(known);
    return {std::move(description),
            [values, known](const json& document, std::vector<Problem>& problems) {
                std::map<std::string, bool> known_values;
                for (const auto& match : match_pattern(document, known)) {
                    known_values.emplace(match.value->dump(), true);
                }
                for (const auto& match : match_pattern(document, values)) {
                    if (known_values.contains(match.value->dump())) continue;
                    problems.push_back({match.pointer, "expected one of the " +
                                                           readable_pattern(known) + ", got " +
                                                           shown(*match.value) + ", which is not"});
                }
            }};
}

Rule within(std::string values, std::string low, std::string high) {
    std::string description =
        "each " + code(values) + " lies within [" + code(low) + ", " + code(high) + "]";
    return {
        std::move(description),
        [values, low, high](const json& document, std::vector<Problem>& problems) {
            const json::json_pointer low_at(low), high_at(high);
            if (!document.contains(low_at) || !document.contains(high_at)) return;
            const json& from = document.at(low_at);
            const json& to = document.at(high_at);
            for (const auto& match : match_pattern(document, values)) {
                const double value = match.value->get<double>();
                if (value >= from.get<double>() && value <= to.get<double>()) continue;
                problems.push_back({match.pointer, "expected a value in [" + shown(from) + ", " +
                                                       shown(to) + "] (" + readable_pattern(low) +
                                                       " to " + readable_pattern(high) + "), got " +
                                                       shown(*match.value)});
            }
        }};
}

Rule not_empty(std::string pointer, std::string description) {
    std::string message = "expected " + description + ", got none";
    return {
        std::move(description),
        [pointer, message](const json& document, std::vector<Problem>& problems) {
            const json::json_pointer at(pointer);
            if (document.contains(at) && document.at(at).is_array() && document.at(at).empty()) {
                problems.push_back({pointer, message});
            }
        }};
}

}  // namespace coopsim::scenario::schema
