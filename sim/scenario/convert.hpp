#pragma once
// From a validated scenario document (every default filled in) to the typed Scenario.
#include <string>

#include <nlohmann/json.hpp>

#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {

// Reads every key into the member the schema table binds it to: the document has passed
// validate() and check_rules(), so every key with a default is present. Year paths and scripted
// events come out sorted by year; resolved_json is the document itself, compact with sorted keys.
// source_file is left to the caller. A key without a member is a bug: std::logic_error.
Scenario to_scenario(const nlohmann::json& document);

// The scenario's keys as a document, written from the structs through the same bindings: for a
// converted document, equal to it (numbers compared by value).
nlohmann::json to_document(const Scenario& scenario);

}  // namespace coopsim::scenario
