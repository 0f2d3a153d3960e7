#pragma once
// From a validated scenario document (every default filled in) to the typed Scenario.
#include <string>

#include <nlohmann/json.hpp>

#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {

// Reads every key with .at(): the document has passed validate() and check_rules(), so a key
// that is missing here is a bug in the schema table, not in the user's file. Year paths come out
// sorted by year; resolved_json is the document itself, compact with sorted keys. source_file is
// left to the caller.
Scenario to_scenario(const nlohmann::json& document);

}  // namespace coopsim::scenario
