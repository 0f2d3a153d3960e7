#include <gtest/gtest.h>

#include <algorithm>

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
    int official = 0, lone = 0;
    for (int year = 2008; year <= 2012; ++year) {
        prepare(w, year);
        proposals(w);
        for (std::size_t t = 0; t < w.territories.size(); ++t) {
            for (const auto& p : w.proposals_by_territory[t]) {
                ++(p.actor < 0 ? official : lone);
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
    // Both kinds of proposal were written, so both branches above were checked.
    EXPECT_GT(official, 0);
    EXPECT_GT(lone, 0);
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
// Without noise a proposal's quality is its rule's value: the government's is
// base = 0.45 technical + 0.35 planning + 0.2 visibility (Popayán at set-up:
// 0.45 * 0.6 + 0.35 * 0.5 + 0.2 * 0.4 = 0.525), the committee's with articulation 0.8 and the
// default pooling_synergy 2.5 is base * (1 + 1.5 * 0.8) = 2.2 base (1.155, clamped to 1).
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
    const auto& t = alone.world.territories;
    const double base = 0.45 * t.technical[0] + 0.35 * t.planning[0] + 0.2 * t.visibility[0];
    EXPECT_DOUBLE_EQ(alone.world.proposals_by_territory[0][0].quality, base);
    EXPECT_DOUBLE_EQ(pooled.world.proposals_by_territory[0][0].quality, std::min(1.0, 2.2 * base));
    EXPECT_GT(pooled.world.proposals_by_territory[0][0].quality,
              alone.world.proposals_by_territory[0][0].quality);
    EXPECT_EQ(pooled.world.proposals_by_territory[0][0].carrier, agents::ProjectCarrier::committee);
    EXPECT_EQ(alone.world.proposals_by_territory[0][0].carrier, agents::ProjectCarrier::government);
}

// The quality split is a parameter. Pasto (exploring, no committee: articulation 0) writes
// official proposals of quality 0.45 × technical 0.4 + 0.35 × planning 0.1 + 0.2 × visibility
// 0.05 = 0.225 at the defaults, and exactly its planning, 0.1, with the weights 0 / 1 / 0.
TEST(Proposals, QualityWeightsAreParameters) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"quality_noise", 0.0}, {"lone_proposal_rate", 0.0}};
    auto defaults = testing::make_tiny_world(doc);
    doc["parameters"]["quality_technical_weight"] = 0.0;
    doc["parameters"]["quality_planning_weight"] = 1.0;
    doc["parameters"]["quality_visibility_weight"] = 0.0;
    auto planning_only = testing::make_tiny_world(doc);
    for (auto* tw : {&defaults, &planning_only}) {
        prepare(tw->world);
        proposals(tw->world);
        ASSERT_FALSE(tw->world.proposals_by_territory[2].empty());
    }
    EXPECT_NEAR(defaults.world.proposals_by_territory[2][0].quality, 0.225, 1e-12);
    EXPECT_DOUBLE_EQ(planning_only.world.proposals_by_territory[2][0].quality, 0.1);
}

// A donor whose presence weight is 0 is never drawn as a target: with
// presence_weight_national_office 0 no proposal goes to the Agency (national office), which
// gets some at the defaults.
TEST(Proposals, PresenceWeightsAreParameters) {
    auto count_to_agency = [](const nlohmann::json& doc) {
        auto tiny = testing::make_tiny_world(doc);
        int to_agency = 0;
        for (int year = 2008; year <= 2012; ++year) {
            prepare(tiny.world, year);
            proposals(tiny.world);
            for (const auto& list : tiny.world.proposals_by_territory)
                for (const auto& p : list)
                    to_agency += p.donor == 0 ? 1 : 0;
        }
        return to_agency;
    };
    auto doc = testing::tiny_scenario_json();
    EXPECT_GT(count_to_agency(doc), 0);
    doc["parameters"] = {{"presence_weight_national_office", 0.0}};
    EXPECT_EQ(count_to_agency(doc), 0);
}

// own_partner_weight multiplies the target weight of an actor's own partner: at 0, no lone
// actor writes to its own partner, although every actor has one (donor_link_probability 1).
TEST(Proposals, OwnPartnerWeightIsAParameter) {
    auto doc = testing::tiny_scenario_json();
    doc["local_actors"] = {{"donor_link_probability", 1.0}, {"capacity_mean", 0.6}};
    doc["parameters"] = {{"lone_proposal_rate", 1.0}, {"own_partner_weight", 0.0}};
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    int lone = 0;
    for (int year = 2008; year <= 2012; ++year) {
        prepare(w, year);
        proposals(w);
        for (const auto& list : w.proposals_by_territory)
            for (const auto& p : list) {
                if (p.actor < 0) continue;
                ++lone;
                EXPECT_NE(p.donor, w.actors.linked_donor[static_cast<std::size_t>(p.actor)]);
            }
    }
    EXPECT_GT(lone, 0);
}

// The priority fit's constants are parameters. Caldono (unmet needs 0.5, ethnic share 0.75) with
// 5 conflict events, for the Agency (priorities need, conflict, indigenous 1 each):
// (0.5 + min(1, 5 / 10) + 0.75) / 3 = 0.583… at the default saturation of 10 events, and
// (0.5 + 1 + 0.75) / 3 = 0.75 when 5 events saturate. A donor with no priorities fits every
// territory with fit_without_priorities.
TEST(Proposals, PriorityFitConstantsAreParameters) {
    auto doc = testing::tiny_scenario_json();
    doc["donors"][1]["priorities"] = {{"need", 0}};
    auto defaults = testing::make_tiny_world(doc);
    doc["parameters"] = {{"conflict_saturation_events", 5.0}, {"fit_without_priorities", 0.8}};
    auto changed = testing::make_tiny_world(doc);
    for (auto* tw : {&defaults, &changed})
        tw->world.territories.conflict_events[1] = 5;
    const auto& agency = *defaults.world.donors.spec[0];
    const auto& none = *defaults.world.donors.spec[1];
    const auto& pd = defaults.world.parameters();
    const auto& pc = changed.world.parameters();
    EXPECT_NEAR(agents::priority_fit(agency, defaults.world.territories, 1, pd), 1.75 / 3, 1e-12);
    EXPECT_NEAR(agents::priority_fit(agency, changed.world.territories, 1, pc), 0.75, 1e-12);
    EXPECT_EQ(agents::priority_fit(none, defaults.world.territories, 1, pd), 0.5);
    EXPECT_EQ(agents::priority_fit(none, changed.world.territories, 1, pc), 0.8);
}

}  // namespace
}  // namespace coopsim::stages
