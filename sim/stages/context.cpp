// Stage 1: the context of the year.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/elections.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using engine::AgentKind;
using engine::Purpose;
using engine::RandomStream;
using scenario::StrategyStage;

namespace {

// exp(s·Z − s²/2) has mean one: the half is the log-normal's mean correction, not a choice.
constexpr double kLogNormalMeanCorrection = 0.5;
// Score of a territory the agency does not consider; every eligible score is at least 0.
constexpr double kNotEligible = -1.0;
// Exchange rate of a scenario whose `cop_per_usd` path is empty (the schema's default is the TRM
// path; a constant rate is written as a one-year path).
constexpr double kCopPerUsdWithoutPath = 2000.0;

// Yearly budget of each donor: the scenario's path times a mean-one log-normal shock.
void set_donor_budgets(const engine::World& world, agents::Donors& donors) {
    for (std::size_t d = 0; d < donors.size(); ++d) {
        const auto& spec = *donors.spec[d];
        RandomStream rng(world.seed(), Purpose::budget_shock, AgentKind::donor, d, world.year);
        const double sd = spec.budget_volatility;
        const double shock = std::exp(sd * rng.normal() - kLogNormalMeanCorrection * sd * sd);
        donors.budget_usd[d] =
            spec.budget_usd * scenario::value_at(spec.budget_path, world.year, 1.0) * shock;
        donors.budget_cop[d] = donors.budget_usd[d] * world.cop_per_usd;
    }
}

// Elections and conflict: independent per territory.
void elections_and_conflict(const engine::World& world, agents::Territories& t) {
    const auto& scenario = *world.scenario;
    const bool new_term =
        world.year > scenario.start_year && engine::is_term_start(world.parameters(), world.year);
    const double national =
        scenario::value_at(world.parameters().conflict_multiplier, world.year, 1.0);
    engine::for_each_index(t.size(), [&](std::size_t i) {
        t.government_changed[i] = new_term ? 1 : 0;
        if (new_term) t.mayor_priority[i] = engine::draw_mayor_priority(world, i, world.year);
        const auto& observed = scenario.territories[i].conflict_by_year;
        const auto hit =
            std::find_if(observed.begin(), observed.end(),
                         [&](const scenario::YearValue& v) { return v.year == world.year; });
        if (hit != observed.end()) {
            t.conflict_events[i] = static_cast<int>(std::lround(hit->value));
        } else {
            RandomStream rng(world.seed(), Purpose::conflict, AgentKind::territory, i, world.year);
            t.conflict_events[i] = rng.poisson(scenario.territories[i].conflict_events * national);
        }
    });
}

void raise(double& capacity, double gain) {
    capacity += gain * (1.0 - capacity);
}

void train(agents::Territories& t, int year, std::size_t i, double gain) {
    raise(t.technical[i], gain);
    if (t.stage[i] == StrategyStage::none && t.max_stage[i] >= StrategyStage::exploring)
        t.stage[i] = StrategyStage::exploring;
    t.last_trained_year[i] = year;
}

// The national agency trains territories of its target categories that have no formal
// strategy and were not trained during the current term length, the neediest first (a keyed
// random tie-break), as many as its budget pays for (§2, §6). Formal-stage territories gain
// visibility at the agency's donor round tables.
void national_agency_programme(const engine::World& world, agents::Territories& t) {
    const auto& agency = world.scenario->national_agency;
    const auto& p = world.parameters();
    std::vector<double> score(t.size(), kNotEligible);
    engine::for_each_index(t.size(), [&](std::size_t i) {
        const bool targeted =
            std::find(agency.target_categories.begin(), agency.target_categories.end(),
                      t.category[i]) != agency.target_categories.end();
        const bool recent = world.year - t.last_trained_year[i] < p.term_years;
        if (targeted && !recent && t.stage[i] != StrategyStage::formal) {
            RandomStream rng(world.seed(), Purpose::training_rank, AgentKind::territory, i,
                             world.year);
            score[i] = t.unmet_needs[i] + p.training_rank_noise * rng.uniform();
        }
        if (t.stage[i] == StrategyStage::formal)
            raise(t.visibility[i], agency.round_table_visibility);
    });
    const auto slots = static_cast<std::size_t>(
        std::max(0.0, std::floor(agency.training_budget_cop / agency.training_cost_cop)));
    std::vector<std::size_t> order(t.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    for (std::size_t k = 0; k < std::min(slots, order.size()) && score[order[k]] >= 0.0; ++k)
        train(t, world.year, order[k], agency.training_gain);
}

// Regional allies active this year support their members' technical capacity and, where they
// bundle proposals, make the members' official proposals regional (§4.2).
void regional_allies(const engine::World& world, agents::Territories& t) {
    std::fill(t.ally_support.begin(), t.ally_support.end(), 0.0);
    std::fill(t.in_bundling_ally.begin(), t.in_bundling_ally.end(), 0);
    for (std::size_t a = 0; a < world.allies.size(); ++a) {
        if (!world.allies.active_in(a, world.year)) continue;
        const auto& spec = *world.allies.spec[a];
        for (int i : world.allies.members[a]) {
            t.ally_support[i] = std::max(t.ally_support[i], spec.technical_support);
            if (spec.bundles_proposals) t.in_bundling_ally[i] = 1;
        }
    }
    engine::for_each_index(t.size(),
                           [&](std::size_t i) { raise(t.technical[i], t.ally_support[i]); });
}

// Milestones the scenario fixes (e.g. Caldono: training from 2009, the committee, the agenda,
// national recognition in 2009, the agreement with a university; §3.1).
void scripted_milestones(const engine::World& world, agents::Territories& t) {
    const auto& p = world.parameters();
    const auto& specs = world.scenario->territories;
    engine::for_each_index(t.size(), [&](std::size_t i) {
        for (const auto& event : specs[i].strategy_events) {
            if (event.year != world.year) continue;
            using Kind = scenario::StrategyEventKind;
            switch (event.kind) {
                case Kind::training:
                    train(t, world.year, i, world.scenario->national_agency.training_gain);
                    break;
                case Kind::committee:
                    if (t.committee_allowed[i]) t.committee[i] = 1;
                    if (t.stage[i] == StrategyStage::none &&
                        t.max_stage[i] >= StrategyStage::exploring)
                        t.stage[i] = StrategyStage::exploring;
                    break;
                case Kind::agenda:
                    if (t.committee[i] && t.max_stage[i] >= StrategyStage::formal)
                        t.stage[i] = StrategyStage::formal;
                    break;
                case Kind::recognition:
                    raise(t.visibility[i], p.recognition_visibility);
                    break;
                case Kind::academic_agreement:
                    raise(t.planning[i], p.academic_capacity);
                    raise(t.technical[i], p.academic_capacity);
                    break;
            }
        }
    });
}

// Visible success of peers: the share of the other territories of the department that have a
// formal strategy and received cooperation last year (good practice spreads, §3.1).
void peer_signals(agents::Territories& t) {
    const std::size_t departments = t.department_names.size();
    std::vector<double> successes(departments, 0.0), members(departments, 0.0);
    std::vector<double> own(t.size(), 0.0);
    for (std::size_t i = 0; i < t.size(); ++i) {
        own[i] = (t.stage[i] == StrategyStage::formal && t.received_cop[i] > 0.0) ? 1.0 : 0.0;
        successes[t.department[i]] += own[i];
        members[t.department[i]] += 1.0;
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        const double others = members[t.department[i]] - 1.0;
        t.peer_signal[i] = others > 0.0 ? (successes[t.department[i]] - own[i]) / others : 0.0;
    }
}

}  // namespace

void context(const engine::World& world, ContextWrites out) {
    out.cop_per_usd =
        scenario::value_at(world.scenario->cop_per_usd, world.year, kCopPerUsdWithoutPath);
    set_donor_budgets(world, out.donors);
    elections_and_conflict(world, out.territories);
    peer_signals(out.territories);
    national_agency_programme(world, out.territories);
    regional_allies(world, out.territories);
    scripted_milestones(world, out.territories);
}

}  // namespace coopsim::stages
