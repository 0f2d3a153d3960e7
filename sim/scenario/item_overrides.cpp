#include "sim/scenario/item_overrides.hpp"

#include <string>
#include <vector>

#include "sim/errors.hpp"
#include "sim/scenario/did_you_mean.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/merge_patch.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

struct OverrideTable {
    const char* key;       // "territory_overrides"
    const char* list;      // "territories"
    const char* identity;  // "dane_code"
};

constexpr OverrideTable kTables[] = {
    {"territory_overrides", "territories", "dane_code"},
    {"donor_overrides", "donors", "name"},
};

// The identity of a list item as an override's key spells it: 19137, "USA (USAID)".
std::string identity_text(const json& item, const char* identity) {
    const auto it = item.find(identity);
    if (it == item.end()) return {};
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return it->dump();
}

// DANE codes are written without the leading zero of 5-digit codes (05001 is 5001).
std::string normalised(const std::string& key, const char* identity) {
    if (std::string(identity) != "dane_code") return key;
    const auto first = key.find_first_not_of('0');
    return first == std::string::npos ? key : key.substr(first);
}

void apply_table(json& document, Provenance& provenance, const OverrideTable& table) {
    const auto overrides = document.find(table.key);
    if (overrides == document.end()) return;
    const std::string pointer = std::string("/") + table.key;
    const Source origin = *provenance.find(pointer).source;
    if (!overrides->is_object()) {
        throw ScenarioError(origin.file, pointer,
                            "expected an object keyed by " + std::string(table.identity) +
                                " whose values patch the matching item of `" + table.list +
                                "`, got " + shown(*overrides));
    }
    json& list = document[table.list];
    std::vector<std::string> known;
    if (list.is_array())
        for (const auto& item : list)
            known.push_back(identity_text(item, table.identity));

    for (const auto& [key, patch] : overrides->items()) {
        const std::string at = child_pointer(pointer, key);
        const Source& source = *provenance.find(at).source;
        if (patch.is_null()) continue;  // removed by a later file of the chain
        if (!patch.is_object()) {
            throw ScenarioError(
                source.file, at,
                "expected an object (a merge patch of the item), got " + shown(patch));
        }
        if (patch.contains(table.identity)) {
            throw ScenarioError(
                source.file, child_pointer(at, table.identity),
                std::string("an override cannot change the ") + table.identity + " it is keyed by");
        }
        const std::string wanted = normalised(key, table.identity);
        std::size_t index = 0;
        while (index < known.size() && known[index] != wanted)
            ++index;
        if (index == known.size()) {
            throw ScenarioError(source.file, at,
                                std::string("no item of `") + table.list + "` has " +
                                    table.identity + " " + in_quotes(key) +
                                    did_you_mean(wanted, known));
        }
        const std::string item_pointer = child_pointer(std::string("/") + table.list, index);
        merge_patch(list[index], patch);
        provenance.record_patch(patch, source, item_pointer);
    }
    document.erase(overrides);
}

}  // namespace

void apply_item_overrides(json& document, Provenance& provenance) {
    for (const auto& table : kTables)
        apply_table(document, provenance, table);
}

}  // namespace coopsim::scenario
