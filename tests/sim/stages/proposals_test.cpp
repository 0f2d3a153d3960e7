#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

using scenario::Route;

void prepare(engine::World& w, int year = 2010) {
    w.year = year;
    context(w);
    actor_choice(w);
}

// A territory without a strategy writes no official proposal; lone actors may still write.
TEST(Proposals, NoStrategyNoOfficialProposal) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"lone_proposal_rate", 0.0}};
    doc["national_agency"] = {{"training_budget_cop", 0}};
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    prepare(w);
    w.territories.stage[1] = scenario::StrategyStage::none;
    proposals(w);
    EXPECT_TRUE(w.proposals_by_territory[1].empty());
    EXPECT_FALSE(w.proposals_by_territory[0].empty());  // Popayán has a formal strategy
}

// Every proposal goes to a donor through one of the donor's routes that is open to the
// territory: official routes need the stage, South-South needs a formal strategy (reciprocity),
// and lone actors use only open calls or NGOs.
TEST(Proposals, RoutesRespectEligibility) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    for (int year = 2008; year <= 2012; ++year) {
        prepare(w, year);
        proposals(w);
        for (std::size_t t = 0; t < w.territories.size(); ++t) {
            for (const auto& p : w.proposals_by_territory[t]) {
                const auto& donor = *w.donors.spec[static_cast<std::size_t>(p.donor)];
                EXPECT_NE(std::find(donor.routes.begin(), donor.routes.end(), p.route),
                          donor.routes.end());
                const auto& route = w.scenario->routes[static_cast<int>(p.route)];
                if (p.actor < 0) {
                    EXPECT_GE(w.territories.stage[t], route.min_stage);
                    EXPECT_GE(w.territories.technical[t], route.min_technical);
                } else {
                    EXPECT_TRUE(p.route == Route::official_open_call ||
                                p.route == Route::decentralised_open_call || p.route == Route::ngo);
                }
                if (p.route == Route::south_south) {
                    EXPECT_EQ(w.territories.stage[t], scenario::StrategyStage::formal);
                }
                EXPECT_GE(p.quality, 0.0);
                EXPECT_LE(p.quality, 1.0);
            }
        }
    }
}

// Each proposal is a contact: the territory's trust with that donor grows (§4.4).
TEST(Proposals, ContactsBuildTrust) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    prepare(w);
    proposals(w);
    ASSERT_FALSE(w.proposals_by_territory[0].empty());
    const auto d = static_cast<std::size_t>(w.proposals_by_territory[0].front().donor);
    EXPECT_GT(w.trust(0, d), 0.0);
}

// Pooled (committee) proposals are better than the government's alone at equal capacity.
TEST(Proposals, PoolingRaisesQuality) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"quality_noise", 0.0}, {"lone_proposal_rate", 0.0}};
    auto pooled = testing::make_tiny_world(doc);
    auto alone = testing::make_tiny_world(doc);
    for (auto* tw : {&pooled, &alone}) {
        prepare(tw->world);
        tw->world.territories.committee[0] = tw == &pooled ? 1 : 0;
        tw->world.territories.articulation[0] = tw == &pooled ? 0.8 : 0.0;
        proposals(tw->world);
    }
    ASSERT_FALSE(pooled.world.proposals_by_territory[0].empty());
    ASSERT_FALSE(alone.world.proposals_by_territory[0].empty());
    EXPECT_GT(pooled.world.proposals_by_territory[0][0].quality,
              alone.world.proposals_by_territory[0][0].quality);
    EXPECT_EQ(pooled.world.proposals_by_territory[0][0].carrier, agents::ProjectCarrier::committee);
}

}  // namespace
}  // namespace coopsim::stages
