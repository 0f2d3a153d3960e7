#pragma once
// --set overrides: "parameters/lapse_rate=0.4", "/donors/0/budget_usd=2e6",
// "donors/0/routes=[\"ngo\"]", "name=what-if". Applied after `extends` and before validation,
// so that a key the schema does not know is reported like any unknown key.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// Sets the value at the override's path in `document` and returns the path as a JSON pointer.
// The value is read as JSON, or taken as a plain string when it is not JSON ("abc", "what-if").
// Missing objects along the path are created; array items must exist ("-" appends one).
// Throws ScenarioError naming `scenario_file` for a malformed override or a path that cannot
// be followed.
std::string apply_override(nlohmann::json& document, std::string_view override_text,
                           const std::string& scenario_file);

}  // namespace coopsim::scenario
