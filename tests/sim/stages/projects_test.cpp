#include <gtest/gtest.h>

#include <numeric>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

agents::ProjectTerms project(int territory, int donor, double usd, int start, int duration,
                             agents::ProjectCarrier carrier = agents::ProjectCarrier::government) {
    agents::ProjectTerms t;
    t.territory = territory;
    t.donor = donor;
    t.amount_usd = usd;
    t.start_year = start;
    t.approved_year = start;
    t.duration = duration;
    t.carrier = carrier;
    return t;
}

void setup_year(engine::World& w, int year) {
    w.year = year;
    context(w);
    actor_choice(w);
}

// A project pays amount / duration each year of its life, converted at the year's rate; the
// donor's payments equal the territory's receipts plus what goes to national recipients.
TEST(Projects, TranchesAndConservation) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    w.projects.add(project(1, 0, 300000, 2008, 3));
    setup_year(w, 2008);
    projects(w);
    EXPECT_DOUBLE_EQ(w.territories.received_usd[1], 100000.0);
    EXPECT_DOUBLE_EQ(w.territories.received_cop[1], 100000.0 * w.cop_per_usd);
    const double received =
        std::accumulate(w.territories.received_cop.begin(), w.territories.received_cop.end(), 0.0);
    double paid = 0;
    for (std::size_t d = 0; d < w.donors.size(); ++d)
        paid += w.donors.territorial_cop[d] + w.donors.national_cop[d];
    EXPECT_NEAR(paid, received + w.ledger.national_cop, 1e-6 * paid);
    // With unspent_to_national (the default), every donor pays out its whole budget.
    for (std::size_t d = 0; d < w.donors.size(); ++d)
        EXPECT_NEAR(w.donors.territorial_cop[d] + w.donors.national_cop[d], w.donors.budget_cop[d],
                    1e-6 * w.donors.budget_cop[d]);
}

// A committee project's money reaches the articulated actors in proportion to capacity.
TEST(Projects, CommitteeMoneyReachesArticulatedActors) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    w.projects.add(project(1, 0, 100000, 2008, 1, agents::ProjectCarrier::committee));
    setup_year(w, 2008);
    const int first = w.actors.first(1), last = w.actors.last(1);
    ASSERT_GE(last - first, 2);
    for (int k = first; k < last; ++k)
        w.actors.articulates[k] = (k == first) ? 1 : 0;
    projects(w);
    EXPECT_NEAR(w.actors.received_cop[first], w.territories.received_cop[1], 1e-6);
    EXPECT_EQ(w.actors.received_cop[first + 1], 0.0);
}

// A project settles in its last year: success raises trust with the donor and visibility;
// certain failure lowers trust (success chance forced by success_base).
TEST(Projects, OutcomesFeedTrust) {
    for (bool succeed : {true, false}) {
        auto doc = testing::tiny_scenario_json();
        doc["parameters"] = {{"success_base", succeed ? 10.0 : -10.0},
                             {"success_capacity", 0.0},
                             {"success_articulation", 0.0},
                             {"donor_trust_decay", 0.0}};
        auto tiny = testing::make_tiny_world(doc);
        auto& w = tiny.world;
        w.donor_trust[w.pair(1, 0)] = 0.5;
        const double visibility = w.territories.visibility[1];
        w.projects.add(project(1, 0, 100000, 2008, 1));
        setup_year(w, 2008);
        projects(w);
        EXPECT_EQ(w.projects.outcome[0],
                  succeed ? agents::ProjectOutcome::success : agents::ProjectOutcome::failure);
        if (succeed) {
            EXPECT_GT(w.trust(1, 0), 0.5);
            EXPECT_GT(w.territories.visibility[1],
                      visibility * 0.5);  // context may have decayed nothing yet
            EXPECT_LT(w.territories.unmet_needs[1], 0.5);
        } else {
            EXPECT_LT(w.trust(1, 0), 0.5);
        }
    }
}

// A project not yet started (delayed route) pays nothing.
TEST(Projects, NotStartedPaysNothing) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    w.projects.add(project(1, 0, 100000, 2009, 2));
    setup_year(w, 2008);
    projects(w);
    EXPECT_EQ(w.territories.received_cop[1], 0.0);
    EXPECT_EQ(w.projects.outcome[0], agents::ProjectOutcome::ongoing);
}

}  // namespace
}  // namespace coopsim::stages
