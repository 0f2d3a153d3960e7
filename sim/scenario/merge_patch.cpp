#include "sim/scenario/merge_patch.hpp"

namespace coopsim::scenario {

// Recursion depth is bounded by the documents' nesting, which the JSON reader limits.
void merge_patch(nlohmann::json& target, const nlohmann::json& patch) {
    if (!patch.is_object()) {
        target = patch;
        return;
    }
    if (!target.is_object()) target = nlohmann::json::object();
    for (const auto& [key, value] : patch.items()) {
        if (value.is_null()) {
            target.erase(key);
        } else {
            merge_patch(target[key], value);
        }
    }
}

}  // namespace coopsim::scenario
