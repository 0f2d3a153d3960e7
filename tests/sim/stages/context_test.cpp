#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

using nlohmann::json;

// A change of government happens only at a term start after the first simulated year, and
// only then is a new priority drawn.
TEST(Context, ElectionsChangePriorityOnlyAtTermStarts) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    const auto before = w.territories.mayor_priority;
    for (int year : {2008, 2009, 2010, 2011}) {
        w.year = year;
        context(w);
        EXPECT_EQ(w.territories.government_changed[0], 0) << year;
        EXPECT_EQ(w.territories.mayor_priority, before) << year;
    }
    w.year = 2012;
    context(w);
    EXPECT_EQ(w.territories.government_changed[0], 1);
    EXPECT_NE(w.territories.mayor_priority, before);
}

// Observed conflict replaces the draw (Caldono: 31 attacks in 2011).
TEST(Context, ObservedConflictReplacesTheDraw) {
    auto doc = testing::tiny_scenario_json();
    doc["territories"][1]["conflict_by_year"] = json::array({{{"year", 2011}, {"value", 31}}});
    auto tiny = testing::make_tiny_world(doc);
    tiny.world.year = 2011;
    context(tiny.world);
    EXPECT_EQ(tiny.world.territories.conflict_events[1], 31);
}

// A donor's budget follows its path (held between listed years) when volatility is zero.
TEST(Context, DonorBudgetFollowsItsPath) {
    auto doc = testing::tiny_scenario_json();
    doc["donors"][0]["budget_volatility"] = 0;
    doc["donors"][0]["budget_path"] = json::array({{{"year", 2009}, {"value", 0.5}}});
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    w.year = 2010;
    context(w);
    EXPECT_DOUBLE_EQ(w.donors.budget_usd[0], 1.0e6);  // 2e6 × 0.5
    EXPECT_DOUBLE_EQ(w.donors.budget_cop[0], 1.0e6 * w.cop_per_usd);
}

// The national agency trains no more territories than its budget pays for, only those of its
// target categories, and moves them to the exploring stage.
TEST(Context, NationalAgencyTrainsTargetsWithinBudget) {
    auto doc = testing::tiny_scenario_json();
    doc["national_agency"] = {{"training_budget_cop", 1e8},
                              {"training_cost_cop", 1e8},
                              {"target_categories", {6}},
                              {"training_gain", 0.5}};
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    w.year = 2008;
    const double before = w.territories.technical[1];
    context(w);
    EXPECT_EQ(w.territories.last_trained_year[1], 2008);  // Caldono, category 6
    EXPECT_EQ(w.territories.stage[1], scenario::StrategyStage::exploring);
    EXPECT_GT(w.territories.technical[1], before);
    EXPECT_NE(w.territories.last_trained_year[2], 2008);  // Pasto, category 1: not targeted
    // Trained this term: not again next year.
    w.year = 2009;
    context(w);
    EXPECT_EQ(w.territories.last_trained_year[1], 2008);
}

// training_rank_noise is the width of the random tie-break added to needs. With one slot and
// two eligible category-6 territories, Caldono (needs 0.5) and Pasto (needs 0.6), a width of 0
// ranks by needs alone: Pasto scores 0.6 > 0.5 and is trained, whatever the draws.
TEST(Context, TrainingRankNoiseIsAParameter) {
    auto doc = testing::tiny_scenario_json();
    doc["national_agency"] = {
        {"training_budget_cop", 1e8}, {"training_cost_cop", 1e8}, {"target_categories", {6}}};
    doc["territories"][2]["category"] = 6;
    doc["territories"][2]["unmet_needs"] = 0.6;
    doc["parameters"] = {{"training_rank_noise", 0.0}};
    for (int year = 2008; year <= 2011; ++year) {
        auto tiny = testing::make_tiny_world(doc);
        tiny.world.year = year;
        context(tiny.world);
        EXPECT_EQ(tiny.world.territories.last_trained_year[2], year);
        EXPECT_NE(tiny.world.territories.last_trained_year[1], year);
    }
}

// Scripted milestones: a committee, then an agenda makes the strategy formal; a territory
// that may not form a committee never gets one (the counterfactual).
TEST(Context, ScriptedMilestones) {
    auto doc = testing::tiny_scenario_json();
    doc["territories"][1]["strategy_events"] = json::array(
        {{{"year", 2009}, {"kind", "committee"}}, {{"year", 2010}, {"kind", "agenda"}}});
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    for (int year = 2008; year <= 2010; ++year) {
        w.year = year;
        context(w);
    }
    EXPECT_EQ(w.territories.committee[1], 1);
    EXPECT_EQ(w.territories.stage[1], scenario::StrategyStage::formal);

    doc["territories"][1]["committee_allowed"] = false;
    auto blocked = testing::make_tiny_world(doc);
    for (int year = 2008; year <= 2010; ++year) {
        blocked.world.year = year;
        context(blocked.world);
    }
    EXPECT_EQ(blocked.world.territories.committee[1], 0);
    EXPECT_NE(blocked.world.territories.stage[1], scenario::StrategyStage::formal);
}

}  // namespace
}  // namespace coopsim::stages
