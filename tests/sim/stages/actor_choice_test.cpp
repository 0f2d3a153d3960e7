#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

// Without a committee there is nothing to articulate through: nobody articulates and
// articulation is zero (§3.1).
TEST(ActorChoice, NoCommitteeNoArticulation) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    ASSERT_EQ(w.territories.committee[1], 0);
    ASSERT_GT(w.actors.last(1), w.actors.first(1));
    actor_choice(w);
    for (int k = w.actors.first(1); k < w.actors.last(1); ++k)
        EXPECT_EQ(w.actors.articulates[k], 0);
    EXPECT_EQ(w.territories.articulation[1], 0.0);
}

// With a committee, actors who learned that articulating pays articulate far more often than
// actors who learned it costs them (logit choice on attractions).
TEST(ActorChoice, ActorsFollowWhatPaid) {
    auto paying = testing::make_tiny_world();
    auto costly = testing::make_tiny_world();
    double share_paying = 0, share_costly = 0;
    for (auto* tw : {&paying, &costly}) {
        auto& w = tw->world;
        const bool pays = tw == &paying;
        for (std::size_t k = 0; k < w.actors.size(); ++k) {
            w.actors.attraction_articulate[k] = pays ? 2.0 : -2.0;
            w.actors.articulates[k] = 1;
            w.actors.last_payoff[k] = pays ? 2.0 : -2.0;
        }
        for (std::size_t t = 0; t < w.territories.size(); ++t)
            w.territories.committee[t] = 1;
        actor_choice(w);
        double n = 0, yes = 0;
        for (std::size_t k = 0; k < w.actors.size(); ++k) {
            n += 1;
            yes += w.actors.articulates[k];
        }
        (pays ? share_paying : share_costly) = yes / n;
    }
    EXPECT_GT(share_paying, 0.85);
    EXPECT_LT(share_costly, 0.15);
}

// Articulating builds empowerment; acting alone lets it decay.
TEST(ActorChoice, EmpowermentGrowsWhileArticulating) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    for (std::size_t t = 0; t < w.territories.size(); ++t)
        w.territories.committee[t] = 1;
    for (std::size_t k = 0; k < w.actors.size(); ++k)
        w.actors.empowerment[k] = 0.5;
    actor_choice(w);
    for (std::size_t k = 0; k < w.actors.size(); ++k) {
        if (w.actors.articulates[k]) {
            EXPECT_GT(w.actors.empowerment[k], 0.5);
        } else {
            EXPECT_LT(w.actors.empowerment[k], 0.5);
        }
    }
}

}  // namespace
}  // namespace coopsim::stages
