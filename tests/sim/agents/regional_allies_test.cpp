// make_regional_allies: an ally's members are the DANE codes it lists, or every territory of
// its department when it lists none; it is active from its first to its last year.
#include "sim/agents/regional_allies.hpp"

#include <gtest/gtest.h>

#include "tiny_world.hpp"

namespace coopsim::agents {
namespace {

// The tiny world: Popayán (0) and Caldono (1) in Cauca, Pasto (2) in Nariño.
TEST(RegionalAllies, MembersByDepartmentOrByList) {
    auto doc = testing::tiny_scenario_json();
    doc["regional_allies"] = {
        {{"name", "Cauca system"}, {"kind", "departmental_system"}, {"department", "Cauca"}},
        {{"name", "Pacific association"},
         {"kind", "association"},
         {"department", "Nariño"},
         {"members", {52001, 19137}}},  // listed out of order, across departments
    };
    const scenario::Scenario s = testing::load(doc);  // the allies point into it
    const RegionalAllies allies = make_regional_allies(s);
    ASSERT_EQ(allies.size(), 2u);
    EXPECT_EQ(allies.members[0], (std::vector<int>{0, 1}));
    EXPECT_EQ(allies.members[1], (std::vector<int>{1, 2}));  // ascending territory indices
    EXPECT_EQ(allies.spec[1]->name, "Pacific association");
}

TEST(RegionalAllies, ActiveFromFirstToLastYear) {
    auto doc = testing::tiny_scenario_json();
    doc["regional_allies"] = {{{"name", "Agency"},
                               {"kind", "development_agency"},
                               {"department", "Cauca"},
                               {"start_year", 2010},
                               {"end_year", 2012}}};
    const scenario::Scenario s = testing::load(doc);
    const RegionalAllies allies = make_regional_allies(s);
    ASSERT_EQ(allies.size(), 1u);
    EXPECT_FALSE(allies.active_in(0, 2009));
    EXPECT_TRUE(allies.active_in(0, 2010));
    EXPECT_TRUE(allies.active_in(0, 2012));
    EXPECT_FALSE(allies.active_in(0, 2013));
}

// Without allies there is nothing to resolve.
TEST(RegionalAllies, NoneWhenTheScenarioHasNone) {
    EXPECT_EQ(make_regional_allies(testing::load(testing::tiny_scenario_json())).size(), 0u);
}

}  // namespace
}  // namespace coopsim::agents
