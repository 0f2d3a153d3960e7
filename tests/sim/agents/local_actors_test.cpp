// make_local_actors: explicit actor groups as given, otherwise a number and mix of actors drawn
// from the territory's size and composition; each territory's actors contiguous; the same
// seed, the same actors.
#include "sim/agents/local_actors.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "tiny_world.hpp"

namespace coopsim::agents {
namespace {

using scenario::ActorType;
using ::testing::Each;

LocalActors actors_of(const nlohmann::json& doc) {
    return make_local_actors(testing::load(doc));
}

// Generated counts, with the defaults base_count 3, per_10k_inhabitants 1.5, max_count 40:
// Popayán 3 + 1.5 x 28 = 45, capped at 40; Caldono 3 + 1.5 x 3.2 = 7.8, rounded to 8; Pasto
// 3 + 1.5 x 39 = 61.5, capped at 40. Each territory's actors are one contiguous range.
TEST(LocalActors, CountsFollowPopulationUpToTheCap) {
    const LocalActors a = actors_of(testing::tiny_scenario_json());
    EXPECT_EQ(a.first_of_territory, (std::vector<int>{0, 40, 48, 88}));
    ASSERT_EQ(a.size(), 88u);
    for (std::size_t t = 0; t < 3; ++t)
        for (int k = a.first(t); k < a.last(t); ++k)
            EXPECT_EQ(a.territory[static_cast<std::size_t>(k)], static_cast<int>(t));
}

// Generated actors take the rules' resources and trust, and capacities from a Beta law with
// mean capacity_mean (0.3): each in [0, 1], their mean over 88 actors near 0.3 (sd of one
// draw ~0.15, of the mean ~0.016), not all equal.
TEST(LocalActors, GeneratedActorsFollowTheRules) {
    const LocalActors a = actors_of(testing::tiny_scenario_json());
    ASSERT_EQ(a.size(), 88u);
    double sum = 0;
    std::set<double> distinct;
    for (std::size_t k = 0; k < a.size(); ++k) {
        EXPECT_GE(a.capacity[k], 0.0);
        EXPECT_LE(a.capacity[k], 1.0);
        EXPECT_EQ(a.own_resources_cop[k], 2e7);
        EXPECT_EQ(a.trust_in_government[k], 0.5);
        sum += a.capacity[k];
        distinct.insert(a.capacity[k]);
    }
    EXPECT_NEAR(sum / 88.0, 0.3, 0.06);
    EXPECT_GT(distinct.size(), 80u);
}

// Explicit groups are taken as they are: two academic actors with the group's capacity,
// resources and trust, then three NGOs with the group defaults (capacity 0.3, no own
// resources, trust 0.5); a donor_link of 0 gives them no partner.
TEST(LocalActors, ExplicitGroupsAreTakenAsGiven) {
    auto doc = testing::tiny_scenario_json();
    doc["territories"][1]["actors"] = {{{"type", "academia"},
                                        {"count", 2},
                                        {"capacity", 0.9},
                                        {"own_resources_cop", 5e6},
                                        {"donor_link", 0},
                                        {"trust_in_government", 0.8}},
                                       {{"type", "local_ngo"}, {"count", 3}, {"donor_link", 0}}};
    const LocalActors a = actors_of(doc);
    EXPECT_EQ(a.first_of_territory, (std::vector<int>{0, 40, 45, 85}));
    for (int k = 40; k < 45; ++k) {
        const auto u = static_cast<std::size_t>(k);
        const bool academic = k < 42;
        EXPECT_EQ(a.type[u], academic ? ActorType::academia : ActorType::local_ngo);
        EXPECT_EQ(a.capacity[u], academic ? 0.9 : 0.3);
        EXPECT_EQ(a.own_resources_cop[u], academic ? 5e6 : 0.0);
        EXPECT_EQ(a.trust_in_government[u], academic ? 0.8 : 0.5);
        EXPECT_EQ(a.linked_donor[u], -1);
    }
}

// The mix follows composition: with no indigenous population, no rural population and no
// private sector, the weights of indigenous authorities (2 x ethnic share), campesino
// organisations (rural x (1 - ethnic)) and firms (0.3 x private sector) are zero, so none is
// drawn; in Caldono (ethnic share 0.75: weight 1.5 of 2.47 in all) indigenous authorities are
// the most common type.
TEST(LocalActors, TypesFollowComposition) {
    auto doc = testing::tiny_scenario_json();
    for (auto& t : doc["territories"]) {
        t["ethnic_share"] = 0;
        t["rural_share"] = 0;
        t["private_sector"] = 0;
    }
    doc["territories"][1]["ethnic_share"] = 0.75;
    doc["territories"][1]["rural_share"] = 0.95;
    const LocalActors a = actors_of(doc);
    std::vector<int> caldono(scenario::kActorTypeCount, 0);
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a.territory[k] == 1) {
            ++caldono[static_cast<std::size_t>(a.type[k])];
            continue;
        }
        EXPECT_NE(a.type[k], ActorType::indigenous_authority) << k;
        EXPECT_NE(a.type[k], ActorType::campesino_organisation) << k;
        EXPECT_NE(a.type[k], ActorType::private_firm) << k;
    }
    const int indigenous = caldono[static_cast<std::size_t>(ActorType::indigenous_authority)];
    for (int count : caldono)
        EXPECT_LE(count, indigenous);
    EXPECT_GT(indigenous, 0);
}

// Partners: with donor_link_probability 1 every generated actor has one of the three donors
// (each donor chosen by someone among 88), with 0 none has, and without donors none can.
TEST(LocalActors, DonorLinksFollowTheProbability) {
    auto doc = testing::tiny_scenario_json();
    doc["local_actors"] = {{"donor_link_probability", 1.0}};
    const LocalActors linked = actors_of(doc);
    std::set<int> partners;
    for (const int d : linked.linked_donor) {
        EXPECT_GE(d, 0);
        EXPECT_LT(d, 3);
        partners.insert(d);
    }
    EXPECT_EQ(partners.size(), 3u);

    doc["local_actors"] = {{"donor_link_probability", 0.0}};
    EXPECT_THAT(actors_of(doc).linked_donor, Each(-1));

    doc["local_actors"] = {{"donor_link_probability", 1.0}};
    doc["donors"] = nlohmann::json::array();
    const LocalActors alone = actors_of(doc);
    ASSERT_EQ(alone.size(), 88u);
    EXPECT_THAT(alone.linked_donor, Each(-1));
}

// The same seed gives the same actors; another seed other ones (same counts: they depend on
// population only).
TEST(LocalActors, SeedDecidesTheDraws) {
    auto doc = testing::tiny_scenario_json();
    const LocalActors a = actors_of(doc), b = actors_of(doc);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.capacity, b.capacity);
    EXPECT_EQ(a.linked_donor, b.linked_donor);
    doc["seed"] = 8;
    const LocalActors c = actors_of(doc);
    EXPECT_EQ(c.first_of_territory, a.first_of_territory);
    EXPECT_NE(c.capacity, a.capacity);
}

// The learning state starts neutral: nobody articulates yet, attractions, payoffs and
// empowerment are zero.
TEST(LocalActors, LearningStartsNeutral) {
    const LocalActors a = actors_of(testing::tiny_scenario_json());
    ASSERT_EQ(a.articulates.size(), a.size());
    EXPECT_THAT(a.articulates, Each(0));
    EXPECT_THAT(a.attraction_articulate, Each(0.0));
    EXPECT_THAT(a.attraction_alone, Each(0.0));
    EXPECT_THAT(a.last_payoff, Each(0.0));
    EXPECT_THAT(a.empowerment, Each(0.0));
    EXPECT_THAT(a.received_cop, Each(0.0));
}

}  // namespace
}  // namespace coopsim::agents
