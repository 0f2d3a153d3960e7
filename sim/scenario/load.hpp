#pragma once
// Reading a scenario: file -> extends chain merged (RFC 7386) -> --set overrides -> territories
// CSV -> validation against the schema (defaults filled) -> typed Scenario.
// Every problem throws coopsim::ScenarioError naming the file and the field path.
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {

// `overrides` are "path=value" strings from --set: path in JSON-pointer or slash form
// ("parameters/lapse_rate" or "/donors/0/budget_usd"), value parsed as JSON, else as a string.
Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<std::string>& overrides = {});

// The same from an in-memory document (tests); `origin` names it in messages, and relative
// paths (extends, territories_csv) resolve against `base_dir`.
Scenario load_scenario_json(const nlohmann::json& document, const std::string& origin,
                            const std::filesystem::path& base_dir,
                            const std::vector<std::string>& overrides = {});

}  // namespace coopsim::scenario
