// Stage 3: governments set their international effort.
//
// Effort is the mayor's priority, raised by the visible success of peers in the department
// (peer_imitation; good practice spreads, §3.1 — Expoinnovación 2009). With it, the strategy
// moves through its stages (Table 2): none -> exploring (training, first contacts); a committee
// forms when actors trust the government enough; exploring -> formal (agenda, action plan,
// responsible official, a budget line "aunque sea pequeña") once technical capacity suffices.
// Capacities grow with effort and decay without it; territories with a strategy join networks
// and, once formal, twinnings.
#include <algorithm>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using scenario::StrategyStage;

void government_effort(const engine::World& world, agents::Territories& territories) {
    auto& t = territories;
    const auto& a = world.actors;
    const auto& p = world.parameters();
    engine::for_each_index(t.size(), [&](std::size_t i) {
        engine::RandomStream rng(world.seed(), engine::Purpose::government_effort,
                                 engine::AgentKind::territory, i, world.year);
        const double effort =
            std::clamp(t.mayor_priority[i] * (1.0 + p.peer_imitation * t.peer_signal[i]), 0.0, 1.0);
        t.effort[i] = effort;

        double trust = p.neutral_trust;  // with no local actors, neither trust nor distrust
        if (a.last(i) > a.first(i)) {
            double sum = 0;
            for (int k = a.first(i); k < a.last(i); ++k)
                sum += a.trust_in_government[static_cast<std::size_t>(k)];
            trust = sum / (a.last(i) - a.first(i));
        }

        // Draws are taken in a fixed sequence whatever the branch, so one rule's outcome never
        // shifts another rule's random numbers.
        const double u_explore = rng.uniform(), u_committee = rng.uniform(),
                     u_formal = rng.uniform();
        const double u_network = rng.uniform(), u_twinning = rng.uniform();

        if (t.stage[i] == StrategyStage::none && t.max_stage[i] >= StrategyStage::exploring &&
            u_explore < p.exploring_rate * effort)
            t.stage[i] = StrategyStage::exploring;
        if (t.stage[i] >= StrategyStage::exploring && !t.committee[i] && t.committee_allowed[i] &&
            u_committee < p.committee_rate * effort * (p.committee_trust_offset + trust))
            t.committee[i] = 1;
        if (t.stage[i] == StrategyStage::exploring && t.committee[i] &&
            t.max_stage[i] >= StrategyStage::formal && t.technical[i] >= p.formal_min_technical &&
            u_formal < p.formalise_rate * effort)
            t.stage[i] = StrategyStage::formal;

        const bool active = t.stage[i] >= StrategyStage::exploring;
        // The budget line comes out of the free-use part of the budget: national transfers (SGP)
        // are earmarked, so a transfer-dependent municipality can afford only a small one.
        const double free_budget = t.budget_cop[i] * (1.0 - t.sgp_dependence[i]);
        t.budget_line_cop[i] =
            t.stage[i] == StrategyStage::formal ? p.budget_line_share * effort * free_budget : 0.0;

        // Capacity: decay, then growth from this year's effort (the budget line pays for
        // training in the formal stage, hence the larger gain there).
        t.technical[i] *= 1.0 - p.capacity_decay;
        t.planning[i] *= 1.0 - p.capacity_decay;
        t.visibility[i] *= 1.0 - p.visibility_decay;
        if (active) {
            const double stage_gain =
                t.stage[i] == StrategyStage::formal ? p.formal_learning_multiplier : 1.0;
            t.technical[i] += p.effort_learning * stage_gain * effort * (1.0 - t.technical[i]);
        }
        if (t.committee[i]) t.planning[i] += p.effort_learning * effort * (1.0 - t.planning[i]);

        if (active && u_network < p.network_join_rate * effort &&
            t.network_memberships[i] < p.max_network_memberships)
            ++t.network_memberships[i];
        if (t.stage[i] == StrategyStage::formal &&
            u_twinning < p.network_join_rate * effort * t.visibility[i] &&
            t.twinning_partners[i] < p.max_twinning_partners)
            ++t.twinning_partners[i];
    });
}

}  // namespace coopsim::stages
