// make_territories: the scenario's territories become columns, with departments numbered by
// name, the stage capped by the territory's ceiling and this year's tallies at zero.
#include "sim/agents/territories.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tiny_world.hpp"

namespace coopsim::agents {
namespace {

using scenario::StrategyStage;
using ::testing::Each;
using ::testing::Lt;

// The tiny world: Popayán and Caldono in Cauca, Pasto in Nariño. Departments are numbered in
// name order (Cauca 0, Nariño 1), whatever the rows' order.
TEST(Territories, DepartmentsAreNumberedByName) {
    const Territories t = make_territories(testing::load(testing::tiny_scenario_json()));
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t.department_names, (std::vector<std::string>{"Cauca", "Nariño"}));
    EXPECT_EQ(t.department, (std::vector<int>{0, 0, 1}));

    auto doc = testing::tiny_scenario_json();
    auto& rows = doc["territories"];
    std::swap(rows[0], rows[2]);  // Pasto first
    const Territories swapped = make_territories(testing::load(doc));
    EXPECT_EQ(swapped.department_names, t.department_names);
    EXPECT_EQ(swapped.department, (std::vector<int>{1, 0, 0}));
    EXPECT_EQ(swapped.dane_code, (std::vector<int>{52001, 19137, 19001}));
}

// The scenario's values are copied as given, in the rows' order.
TEST(Territories, CopiesTheScenarioValues) {
    const Territories t = make_territories(testing::load(testing::tiny_scenario_json()));
    EXPECT_EQ(t.dane_code, (std::vector<int>{19001, 19137, 52001}));
    EXPECT_EQ(t.category, (std::vector<int>{1, 6, 1}));
    EXPECT_EQ(t.population, (std::vector<double>{280000, 32000, 390000}));
    EXPECT_EQ(t.is_capital, (std::vector<std::uint8_t>{1, 0, 1}));
    EXPECT_EQ(t.stage, (std::vector<StrategyStage>{StrategyStage::formal, StrategyStage::none,
                                                   StrategyStage::exploring}));
    EXPECT_EQ(t.committee, (std::vector<std::uint8_t>{1, 0, 0}));
    EXPECT_EQ(t.technical[0], 0.6);
    EXPECT_EQ(t.distance_km[1], 67.0);
    EXPECT_EQ(t.ethnic_share[1], 0.75);
}

// A territory whose ceiling is below its stage starts at the ceiling, and one that may not
// form a committee has none, even when the scenario says it has one.
TEST(Territories, CeilingsCapTheInitialState) {
    auto doc = testing::tiny_scenario_json();
    doc["territories"][0]["max_stage"] = "exploring";  // Popayán: formal in the scenario
    doc["territories"][0]["committee_allowed"] = false;
    const Territories t = make_territories(testing::load(doc));
    EXPECT_EQ(t.stage[0], StrategyStage::exploring);
    EXPECT_EQ(t.max_stage[0], StrategyStage::exploring);
    EXPECT_EQ(t.committee[0], 0);
    EXPECT_EQ(t.committee_allowed, (std::vector<std::uint8_t>{0, 1, 1}));
}

// What the year's stages fill in starts empty: no money, no proposals, no projects, no
// training ever (a year long before any scenario), and every column has a row per territory.
TEST(Territories, YearlyStateStartsEmpty) {
    const Territories t = make_territories(testing::load(testing::tiny_scenario_json()));
    EXPECT_THAT(t.received_cop, Each(0.0));
    EXPECT_THAT(t.received_usd, Each(0.0));
    EXPECT_THAT(t.proposals, Each(0));
    EXPECT_THAT(t.active_projects, Each(0));
    EXPECT_THAT(t.conflict_events, Each(0));
    EXPECT_THAT(t.articulation, Each(0.0));
    EXPECT_THAT(t.government_changed, Each(0));
    EXPECT_THAT(t.last_trained_year, Each(Lt(0)));
    for (const std::size_t size :
         {t.sgp_dependence.size(), t.mayor_priority.size(), t.unmet_needs.size(),
          t.in_bundling_ally.size(), t.budget_line_cop.size(), t.peer_signal.size()})
        EXPECT_EQ(size, 3u);
}

}  // namespace
}  // namespace coopsim::agents
