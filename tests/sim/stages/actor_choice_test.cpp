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
// actors who learned it costs them (logit choice on attractions). Worked out with the
// defaults (learning_rate 0.3, choice_sensitivity 3, exploration 0.05, trust 0.5): the
// articulate attraction moves toward last year's payoff, 2 + 0.3 * (2 - 2) = 2, acting alone
// keeps its set-up attraction 0, so lean = 2 - 0 + (0.5 - 0.5) = 2 and
// P(articulate) = 0.95 * logistic(3 * 2) + 0.05 / 2 = 0.95 * 0.9975 + 0.025 = 0.973;
// the costly world mirrors it, 0.95 * logistic(-6) + 0.025 = 0.027. The bounds below leave
// room for the binomial spread over the tiny world's actors.
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

// Articulating builds empowerment; acting alone lets it decay. With every attraction at 0 and
// trust 0.5 each actor articulates with probability 1/2, so both choices occur. From 0.5, the
// defaults give 0.5 + 0.15 * (1 - 0.5) = 0.575 (empowerment_gain 0.15) to an articulating actor
// and 0.5 * (1 - 0.05) = 0.475 (empowerment_decay 0.05) to one acting alone.
TEST(ActorChoice, EmpowermentGrowsWhileArticulating) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    for (std::size_t t = 0; t < w.territories.size(); ++t)
        w.territories.committee[t] = 1;
    for (std::size_t k = 0; k < w.actors.size(); ++k)
        w.actors.empowerment[k] = 0.5;
    actor_choice(w);
    int articulated = 0, alone = 0;
    for (std::size_t k = 0; k < w.actors.size(); ++k) {
        if (w.actors.articulates[k]) {
            ++articulated;
            EXPECT_DOUBLE_EQ(w.actors.empowerment[k], 0.575);
        } else {
            ++alone;
            EXPECT_DOUBLE_EQ(w.actors.empowerment[k], 0.475);
        }
    }
    EXPECT_GT(articulated, 0);
    EXPECT_GT(alone, 0);
}

}  // namespace
}  // namespace coopsim::stages
