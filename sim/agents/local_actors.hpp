#pragma once
// Local actors (indigenous authorities, campesino organisations, NGOs, community action boards,
// academia, firms), one column per variable. The actors of territory t occupy the index range
// [first_of_territory[t], first_of_territory[t+1]), so a territory's actors are contiguous and
// a parallel loop over territories owns its actors outright.
#include <cstdint>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace coopsim::agents {

struct LocalActors {
    std::vector<int> territory;
    std::vector<scenario::ActorType> type;
    std::vector<double> capacity;             // [0,1]
    std::vector<double> own_resources_cop;    // COP per year
    std::vector<int> linked_donor;            // its own international partner (§4.3), -1 if none
    std::vector<double> trust_in_government;  // [0,1]

    // The articulate-or-alone choice and the learning behind it (§3.1, §4.2).
    std::vector<std::uint8_t> articulates;
    std::vector<double> attraction_articulate;
    std::vector<double> attraction_alone;
    std::vector<double> last_payoff;
    std::vector<double> empowerment;   // [0,1]: grows while it carries the committee's work
    std::vector<double> received_cop;  // this year

    std::vector<int> first_of_territory;  // size territories + 1

    std::size_t size() const { return territory.size(); }
    int first(std::size_t t) const { return first_of_territory[t]; }
    int last(std::size_t t) const { return first_of_territory[t + 1]; }
};

// Creates the actors of every territory: the scenario's explicit actor groups where given,
// otherwise a number and mix drawn from the territory's size and composition
// (LocalActorRules; see docs/MODEL.md, Initialization). Draws use the keyed stream
// (seed, actor_setup, territory, start year), so the actors do not depend on thread count.
LocalActors make_local_actors(const scenario::Scenario& scenario);

}  // namespace coopsim::agents
