#pragma once
// JSON Merge Patch (RFC 7386): how a scenario that `extends` another changes it. Members of an
// object patch recursively, null removes a member, and anything else (arrays included) replaces
// the target wholesale.
#include <nlohmann/json.hpp>

namespace coopsim::scenario {

void merge_patch(nlohmann::json& target, const nlohmann::json& patch);

}  // namespace coopsim::scenario
