// Stage 7: memory at a change of government.
//
// When a new term starts, the strategy is carried over by the local actors who have been
// empowered through the committee (§3.1, §6) and, to a degree, by its formalisation (an agenda
// in the organisation chart with a budget line). What is not carried may lapse: with chance
// lapse_rate × (1 − carried) × (1 − protection) the stage drops one level, and the committee
// dissolves unless the empowered actors keep it (always, when no strategy is left). Officials leave
// in any case: technical and planning capacity lose turnover_capacity_loss × (1 − carried).
#include <algorithm>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using scenario::StrategyStage;

void memory(const engine::World& world, agents::Territories& territories) {
    auto& t = territories;
    const auto& p = world.parameters();
    engine::for_each_index(t.size(), [&](std::size_t i) {
        if (!t.government_changed[i]) return;
        engine::RandomStream rng(world.seed(), engine::Purpose::memory,
                                 engine::AgentKind::territory, i, world.year);
        const double u_lapse = rng.uniform(), u_committee = rng.uniform();
        const double carried = std::clamp(t.empowered_share[i], 0.0, 1.0);
        const double protection = t.stage[i] == StrategyStage::formal ? p.formal_protection : 0.0;
        if (t.stage[i] != StrategyStage::none &&
            u_lapse < p.lapse_rate * (1.0 - carried) * (1.0 - protection)) {
            t.stage[i] = static_cast<StrategyStage>(static_cast<int>(t.stage[i]) - 1);
            // The committee dissolves unless empowered actors keep it; with no strategy left,
            // there is nothing for it to carry.
            if (u_committee >= carried || t.stage[i] == StrategyStage::none) t.committee[i] = 0;
        }
        const double loss = p.turnover_capacity_loss * (1.0 - carried);
        t.technical[i] *= 1.0 - loss;
        t.planning[i] *= 1.0 - loss;
    });
}

}  // namespace coopsim::stages
