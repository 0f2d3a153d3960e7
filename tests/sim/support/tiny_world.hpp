#pragma once
// Small worlds for the model's unit tests: a scenario document with a few territories and
// donors, completed by the schema's defaults, and the World built from it.
#include <memory>

#include <nlohmann/json.hpp>

#include "sim/scenario/scenario.hpp"
#include "sim/world/world.hpp"

namespace coopsim::testing {

// Three territories (a capital, a category-6 indigenous municipality, a small rural one) and
// three donors (an agency with an office, an open-call multilateral, a South-South partner).
nlohmann::json tiny_scenario_json();

// Loads a document through the real loader (schema defaults, validation).
scenario::Scenario load(const nlohmann::json& document);

// A world and the scenario it points to, kept alive together.
struct TinyWorld {
    std::unique_ptr<scenario::Scenario> scenario;
    engine::World world;
};
TinyWorld make_tiny_world(const nlohmann::json& document = tiny_scenario_json());

// A random but valid scenario: `territories` territories in a few departments, random donors
// and random parameters within their ranges, all drawn from `seed`.
nlohmann::json random_scenario_json(std::uint64_t seed, int territories, int donors);

}  // namespace coopsim::testing
