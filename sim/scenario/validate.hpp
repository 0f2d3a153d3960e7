#pragma once
// Checking a document against the declared schema and filling in the defaults.
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/scenario/schema.hpp"

namespace coopsim::scenario {

// Checks `document` against `node`: unknown keys (with a suggestion), wrong types, values out of
// range, non-integers and integers beyond 32 bits, names outside an enum, missing required keys.
// Absent keys take their defaults in place and integral numbers of integer keys become
// integers, so that a valid document comes out complete and canonical. Returns every problem
// found, in document order (empty: valid).
std::vector<schema::Problem> validate(nlohmann::json& document, const schema::Node& node);

// The cross-field rules, for a document that validate() accepted.
std::vector<schema::Problem> check_rules(const nlohmann::json& document,
                                         const std::vector<schema::Rule>& rules);

}  // namespace coopsim::scenario
