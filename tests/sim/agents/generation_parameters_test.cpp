// Set-up of the world's agents from the scenario (sim/agents/*): the generation constants of
// local actors are scenario parameters.
#include <gtest/gtest.h>

#include <cmath>

#include "sim/world/world.hpp"
#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

using scenario::ActorType;

// With every type weight 0 but the local NGO's, every generated actor is a local NGO; at the
// defaults Caldono (ethnic share 0.75: indigenous weight 2 × 0.75 = 1.5 of a total of about 2.3)
// gets other types too.
TEST(WorldSetup, ActorTypeWeightsAreParameters) {
    auto doc = testing::tiny_scenario_json();
    auto defaults = testing::make_tiny_world(doc);
    doc["parameters"] = {{"actor_weight_indigenous_authority", 0.0},
                         {"actor_weight_campesino_organisation", 0.0},
                         {"actor_weight_community_action_board", 0.0},
                         {"actor_weight_academia", 0.0},
                         {"actor_weight_academia_city", 0.0},
                         {"actor_weight_private_firm", 0.0},
                         {"actor_weight_other", 0.0}};
    auto ngos_only = testing::make_tiny_world(doc);
    const auto& a = ngos_only.world.actors;
    ASSERT_GT(a.size(), 0U);
    for (std::size_t k = 0; k < a.size(); ++k)
        EXPECT_EQ(a.type[k], ActorType::local_ngo);
    int other_types = 0;
    for (auto type : defaults.world.actors.type)
        other_types += type != ActorType::local_ngo ? 1 : 0;
    EXPECT_GT(other_types, 0);
}

// capacity_concentration is the Beta law's alpha + beta: at 1000 the capacities' sd is
// sqrt(0.3 × 0.7 / 1001) ≈ 0.014 around the mean 0.3, so every generated capacity lies within
// 0.1 of it (7 sd); at the default 8 (sd ≈ 0.15) some lie farther.
TEST(WorldSetup, CapacityConcentrationIsAParameter) {
    auto doc = testing::tiny_scenario_json();
    auto defaults = testing::make_tiny_world(doc);
    doc["parameters"] = {{"capacity_concentration", 1000.0}};
    auto concentrated = testing::make_tiny_world(doc);
    for (double c : concentrated.world.actors.capacity)
        EXPECT_NEAR(c, 0.3, 0.1);
    int far = 0;
    for (double c : defaults.world.actors.capacity)
        far += std::abs(c - 0.3) > 0.1 ? 1 : 0;
    EXPECT_GT(far, 0);
}

}  // namespace
}  // namespace coopsim::engine
