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

}  // namespace
}  // namespace coopsim::stages
