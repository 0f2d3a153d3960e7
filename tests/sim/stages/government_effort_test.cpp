#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

using scenario::StrategyStage;

// A committed mayor with certain transition chances moves a territory from none to exploring,
// forms a committee and, with enough capacity, formalises — one step per rule per year.
TEST(GovernmentEffort, StrategyAdvancesWithEffort) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"exploring_rate", 1.0},
                         {"committee_rate", 1.0},
                         {"formalise_rate", 1.0},
                         {"formal_min_technical", 0.0}};
    doc["territories"][1]["mayor_priority"] = 1.0;
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    ASSERT_EQ(w.territories.stage[1], StrategyStage::none);
    government_effort(w);
    // none -> exploring, then the committee forms (trust 0.5: chance 1 × 1 × (0.5 + 0.5)),
    // then exploring -> formal in the same year.
    EXPECT_EQ(w.territories.stage[1], StrategyStage::formal);
    EXPECT_EQ(w.territories.committee[1], 1);
    EXPECT_GT(w.territories.budget_line_cop[1], 0.0);
}

// A mayor with no priority does nothing: no stage change, and capacity only decays.
TEST(GovernmentEffort, NoPriorityNoEffort) {
    auto doc = testing::tiny_scenario_json();
    doc["territories"][1]["mayor_priority"] = 0.0;
    doc["territories"][1]["technical"] = 0.5;
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    government_effort(w);
    EXPECT_EQ(w.territories.stage[1], StrategyStage::none);
    EXPECT_EQ(w.territories.effort[1], 0.0);
    EXPECT_LT(w.territories.technical[1], 0.5);
}

// max_stage and committee_allowed cap what effort can reach (counterfactual scenarios).
TEST(GovernmentEffort, CapsHold) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"exploring_rate", 1.0},
                         {"committee_rate", 1.0},
                         {"formalise_rate", 1.0},
                         {"formal_min_technical", 0.0}};
    doc["territories"][1]["mayor_priority"] = 1.0;
    doc["territories"][1]["committee_allowed"] = false;
    doc["territories"][1]["max_stage"] = "exploring";
    auto tiny = testing::make_tiny_world(doc);
    for (int k = 0; k < 5; ++k)
        government_effort(tiny.world);
    EXPECT_EQ(tiny.world.territories.stage[1], StrategyStage::exploring);
    EXPECT_EQ(tiny.world.territories.committee[1], 0);
}

// formal_learning_multiplier scales the technical gain of a formal-stage territory. Popayán
// (formal, technical 0.6) with priority 1, no peers and no decay, effort_learning 0.1 and a
// multiplier of 3: technical = 0.6 + 0.1 × 3 × 1 × (1 − 0.6) = 0.72 (at the default 2: 0.68).
TEST(GovernmentEffort, FormalLearningMultiplierScalesTheGain) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {
        {"capacity_decay", 0.0}, {"effort_learning", 0.1}, {"formal_learning_multiplier", 3.0}};
    doc["territories"][0]["mayor_priority"] = 1.0;
    auto tiny = testing::make_tiny_world(doc);
    ASSERT_EQ(tiny.world.territories.stage[0], StrategyStage::formal);
    government_effort(tiny.world);
    EXPECT_NEAR(tiny.world.territories.technical[0], 0.72, 1e-12);
}

// The caps of grown memberships and twinnings are parameters. Popayán (formal) with priority 1,
// visibility 1 that does not decay and network_join_rate 1 joins every year (chances 1 × 1 and
// 1 × 1 × 1); from 2 and 2 it stops at max_network_memberships 2 and max_twinning_partners 3.
TEST(GovernmentEffort, GrowthCapsAreParameters) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"network_join_rate", 1.0},
                         {"visibility_decay", 0.0},
                         {"max_network_memberships", 2},
                         {"max_twinning_partners", 3}};
    doc["territories"][0]["mayor_priority"] = 1.0;
    doc["territories"][0]["visibility"] = 1.0;
    doc["territories"][0]["network_memberships"] = 2;
    doc["territories"][0]["twinning_partners"] = 2;
    auto tiny = testing::make_tiny_world(doc);
    for (int year = 0; year < 3; ++year)
        government_effort(tiny.world);
    EXPECT_EQ(tiny.world.territories.network_memberships[0], 2);
    EXPECT_EQ(tiny.world.territories.twinning_partners[0], 3);
}

}  // namespace
}  // namespace coopsim::stages
