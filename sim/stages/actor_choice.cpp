// Stage 2: local actors choose to articulate through the committee or to act alone.
//
// Each actor keeps an attraction for each option (experience-weighted learning): the option it
// took last year moves toward last year's payoff by learning_rate. It then articulates with a
// logit probability of the attraction difference, shifted by its trust in the local government,
// with a small chance of a random choice. Without a committee there is nothing to articulate
// through (§3.1). Articulating actors gain empowerment — they come to carry the strategy — and
// lose it slowly when they stop (§3.1, §6).
#include <algorithm>
#include <cmath>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

namespace {

// A random choice (exploration) is a fair coin between the two options.
constexpr double kCoinFlip = 0.5;

double logistic(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

}  // namespace

void actor_choice(const engine::World& world, agents::Territories& territories,
                  agents::LocalActors& actors) {
    auto& t = territories;
    auto& a = actors;
    const auto& p = world.parameters();
    engine::for_each_index(t.size(), [&](std::size_t i) {
        double capacity_total = 0, articulated = 0, empowered = 0;
        for (int k = a.first(i); k < a.last(i); ++k) {
            const auto ku = static_cast<std::size_t>(k);
            double& chosen =
                a.articulates[ku] ? a.attraction_articulate[ku] : a.attraction_alone[ku];
            chosen += p.learning_rate * (a.last_payoff[ku] - chosen);

            bool articulate = false;
            if (t.committee[i]) {
                engine::RandomStream rng(world.seed(), engine::Purpose::actor_choice,
                                         engine::AgentKind::actor, ku, world.year);
                const double lean = a.attraction_articulate[ku] - a.attraction_alone[ku] +
                                    (a.trust_in_government[ku] - p.neutral_trust);
                const double probability =
                    (1.0 - p.exploration) * logistic(p.choice_sensitivity * lean) +
                    kCoinFlip * p.exploration;
                articulate = rng.bernoulli(probability);
            }
            a.articulates[ku] = articulate ? 1 : 0;
            if (articulate)
                a.empowerment[ku] += p.empowerment_gain * (1.0 - a.empowerment[ku]);
            else
                a.empowerment[ku] *= 1.0 - p.empowerment_decay;

            capacity_total += a.capacity[ku];
            if (articulate) {
                articulated += a.capacity[ku];
                empowered += a.capacity[ku] * a.empowerment[ku];
            }
        }
        t.articulation[i] = capacity_total > 0 ? articulated / capacity_total : 0.0;
        t.empowered_share[i] = capacity_total > 0 ? empowered / capacity_total : 0.0;
    });
}

}  // namespace coopsim::stages
