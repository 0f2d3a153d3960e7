// make_donors and priority_fit: where each donor works, its yearly state at set-up, and how
// well a territory fits its priorities.
#include "sim/agents/donors.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "sim/agents/territories.hpp"
#include "tiny_world.hpp"

namespace coopsim::agents {
namespace {

using ::testing::Each;

// A scenario and the territories and donors made from it; the donors point into the scenario,
// so the three are built in place and never copied.
struct DonorWorld {
    explicit DonorWorld(const nlohmann::json& doc)
        : scenario(testing::load(doc)),
          territories(make_territories(scenario)),
          donors(make_donors(scenario, territories.department_names)) {}
    DonorWorld(const DonorWorld&) = delete;
    DonorWorld& operator=(const DonorWorld&) = delete;

    scenario::Scenario scenario;
    Territories territories;
    Donors donors;
};

// A donor without departments works everywhere; one that lists Nariño works there only (the
// tiny world's departments: Cauca 0, Nariño 1). A listed department without territories
// changes nothing.
TEST(Donors, WorkWhereTheirDepartmentsAre) {
    auto doc = testing::tiny_scenario_json();
    doc["donors"][1]["departments"] = {"Nariño", "Chocó"};
    const DonorWorld s(doc);
    ASSERT_EQ(s.donors.size(), 3u);
    ASSERT_EQ(s.donors.department_count, 2u);
    EXPECT_TRUE(s.donors.works_in_department(0, 0));
    EXPECT_TRUE(s.donors.works_in_department(0, 1));
    EXPECT_FALSE(s.donors.works_in_department(1, 0));
    EXPECT_TRUE(s.donors.works_in_department(1, 1));
    EXPECT_EQ(s.donors.spec[1]->name, "Multilateral");
}

// Before the first year: no money, no partners, no proposals; tranches paid in full.
TEST(Donors, YearlyStateStartsEmpty) {
    const DonorWorld s(testing::tiny_scenario_json());
    ASSERT_EQ(s.donors.budget_usd.size(), 3u);
    EXPECT_THAT(s.donors.budget_usd, Each(0.0));
    EXPECT_THAT(s.donors.committed_usd, Each(0.0));
    EXPECT_THAT(s.donors.tranche_scale, Each(1.0));
    EXPECT_THAT(s.donors.territorial_cop, Each(0.0));
    EXPECT_THAT(s.donors.partners, Each(0));
    EXPECT_THAT(s.donors.proposals_received, Each(0));
}

// The Agency weighs need, conflict and indigenous population equally (1 each). Caldono at
// set-up: unmet needs 0.5 (the default), no conflict events yet, ethnic share 0.75:
// (0.5 + 0 + 0.75) / 3 = 0.41667. Five events a year count half (5 / 10): (0.5 + 0.5 + 0.75)
// / 3 = 0.58333; twenty count fully (capped at 1): (0.5 + 1 + 0.75) / 3 = 0.75.
TEST(Donors, PriorityFitIsTheWeightedMean) {
    DonorWorld s(testing::tiny_scenario_json());
    const auto& agency = *s.donors.spec[0];
    EXPECT_DOUBLE_EQ(priority_fit(agency, s.territories, 1, s.scenario.parameters), 1.25 / 3);
    s.territories.conflict_events[1] = 5;
    EXPECT_DOUBLE_EQ(priority_fit(agency, s.territories, 1, s.scenario.parameters), 1.75 / 3);
    s.territories.conflict_events[1] = 20;
    EXPECT_DOUBLE_EQ(priority_fit(agency, s.territories, 1, s.scenario.parameters), 0.75);
}

// A donor that weighs only capitals fits Popayán fully and Caldono not at all; one with no
// stated priority (every weight 0) fits every territory equally, 0.5.
TEST(Donors, PriorityFitOfCapitalsAndOfNoPriority) {
    auto doc = testing::tiny_scenario_json();
    doc["donors"][1]["priorities"] = {{"need", 0}, {"capitals", 2}};
    doc["donors"][2]["priorities"] = {{"need", 0}};
    const DonorWorld s(doc);
    EXPECT_EQ(priority_fit(*s.donors.spec[1], s.territories, 0, s.scenario.parameters), 1.0);
    EXPECT_EQ(priority_fit(*s.donors.spec[1], s.territories, 1, s.scenario.parameters), 0.0);
    for (std::size_t t = 0; t < 3; ++t)
        EXPECT_EQ(priority_fit(*s.donors.spec[2], s.territories, t, s.scenario.parameters), 0.5);
}

}  // namespace
}  // namespace coopsim::agents
