#include "sim/agents/local_actors.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "sim/random/random_stream.hpp"

namespace coopsim::agents {

using scenario::ActorType;
using scenario::kActorTypeCount;

namespace {

// Relative weight of each actor type in a generated territory: indigenous authorities where
// the population is indigenous, campesino organisations where it is rural and not indigenous,
// academia and firms where the territory is large or has a private sector (§3.1, §4.3).
std::array<double, kActorTypeCount> type_weights(const scenario::TerritorySpec& t,
                                                 const scenario::Parameters& p) {
    std::array<double, kActorTypeCount> w{};
    w[static_cast<int>(ActorType::indigenous_authority)] =
        p.actor_weight_indigenous_authority * t.ethnic_share;
    w[static_cast<int>(ActorType::campesino_organisation)] =
        p.actor_weight_campesino_organisation * t.rural_share * (1.0 - t.ethnic_share);
    w[static_cast<int>(ActorType::local_ngo)] = p.actor_weight_local_ngo;
    w[static_cast<int>(ActorType::community_action_board)] = p.actor_weight_community_action_board;
    w[static_cast<int>(ActorType::academia)] = t.population > p.academia_city_population
                                                   ? p.actor_weight_academia_city
                                                   : p.actor_weight_academia;
    w[static_cast<int>(ActorType::private_firm)] = p.actor_weight_private_firm * t.private_sector;
    w[static_cast<int>(ActorType::other)] = p.actor_weight_other;
    return w;
}

// Capacity means are kept this far inside (0, 1) so that both Beta shapes stay positive.
constexpr double kCapacityMeanMargin = 0.02;
// per_10k_inhabitants counts actors per this many inhabitants.
constexpr double kInhabitantsPer10k = 10000.0;

ActorType draw_type(engine::RandomStream& rng, const std::array<double, kActorTypeCount>& w) {
    double total = 0;
    for (double x : w)
        total += x;
    double u = rng.uniform() * total;
    for (int k = 0; k < kActorTypeCount; ++k) {
        if (u < w[k]) return static_cast<ActorType>(k);
        u -= w[k];
    }
    return ActorType::other;
}

}  // namespace

LocalActors make_local_actors(const scenario::Scenario& scenario) {
    LocalActors a;
    const auto& rules = scenario.local_actors;
    const int donor_count = static_cast<int>(scenario.donors.size());
    a.first_of_territory.push_back(0);

    auto add = [&](int territory, ActorType type, double capacity, double resources,
                   int linked_donor, double trust) {
        a.territory.push_back(territory);
        a.type.push_back(type);
        a.capacity.push_back(std::clamp(capacity, 0.0, 1.0));
        a.own_resources_cop.push_back(resources);
        a.linked_donor.push_back(linked_donor);
        a.trust_in_government.push_back(std::clamp(trust, 0.0, 1.0));
    };

    for (std::size_t t = 0; t < scenario.territories.size(); ++t) {
        const auto& spec = scenario.territories[t];
        engine::RandomStream rng(scenario.seed, engine::Purpose::actor_setup,
                                 engine::AgentKind::territory, t, scenario.start_year);
        auto draw_link = [&](double probability) {
            if (donor_count == 0 || !rng.bernoulli(probability)) return -1;
            return rng.uniform_int(0, donor_count - 1);
        };
        const int territory = static_cast<int>(t);
        if (!spec.actors.empty()) {
            for (const auto& group : spec.actors)
                for (int k = 0; k < group.count; ++k)
                    add(territory, group.type, group.capacity, group.own_resources_cop,
                        draw_link(group.donor_link), group.trust_in_government);
        } else {
            const double expected =
                rules.base_count + rules.per_10k_inhabitants * spec.population / kInhabitantsPer10k;
            const int count = std::min(rules.max_count, static_cast<int>(std::lround(expected)));
            const auto weights = type_weights(spec, scenario.parameters);
            for (int k = 0; k < count; ++k) {
                const ActorType type = draw_type(rng, weights);
                // Capacities spread around the mean: Beta with mean capacity_mean and
                // concentration capacity_concentration (sd ~0.15 at the defaults).
                const double m =
                    std::clamp(rules.capacity_mean, kCapacityMeanMargin, 1.0 - kCapacityMeanMargin);
                const double concentration = scenario.parameters.capacity_concentration;
                const double capacity = rng.beta(concentration * m, concentration * (1.0 - m));
                add(territory, type, capacity, rules.own_resources_cop,
                    draw_link(rules.donor_link_probability), rules.trust_in_government);
            }
        }
        a.first_of_territory.push_back(static_cast<int>(a.territory.size()));
    }

    const std::size_t n = a.territory.size();
    a.articulates.assign(n, 0);
    a.attraction_articulate.assign(n, 0.0);
    a.attraction_alone.assign(n, 0.0);
    a.last_payoff.assign(n, 0.0);
    a.empowerment.assign(n, 0.0);
    a.received_cop.assign(n, 0.0);
    return a;
}

}  // namespace coopsim::agents
