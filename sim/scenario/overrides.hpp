#pragma once
// --set overrides: "parameters/lapse_rate=0.4", "/donors/0/budget_usd=2e6",
// "donors/0/routes=[\"ngo\"]", "name=what-if". Applied after `extends` and before validation,
// so that a key the schema does not know is reported like any unknown key.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// Sets the value at the override's path in `document` and returns the JSON pointers written.
// The value is read as JSON, or taken as a plain string when it is not JSON ("abc", "what-if").
// Missing objects along the path are created; array items must exist ("-" appends one). A "*"
// token stands for every item of an array or member of an object ("donors/*/budget_usd=1e6").
// "PATH*=FACTOR" multiplies the numbers at PATH by FACTOR instead of setting them (experiment
// factors with `"operation": "scale"`); the values must exist.
// Throws ScenarioError naming `scenario_file` for a malformed override or a path that cannot
// be followed.
std::vector<std::string> apply_override(nlohmann::json& document, std::string_view override_text,
                                        const std::string& scenario_file);

}  // namespace coopsim::scenario
