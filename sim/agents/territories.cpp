#include "sim/agents/territories.hpp"

#include <algorithm>
#include <map>

namespace coopsim::agents {

namespace {
// last_trained_year of a territory never trained: far enough back that every rule reads it as
// "not recently".
constexpr int kNeverTrained = -100000;
}  // namespace

Territories make_territories(const scenario::Scenario& scenario) {
    Territories t;
    const auto& specs = scenario.territories;
    const std::size_t n = specs.size();

    // Departments are numbered in name order, so the numbering does not depend on row order.
    std::map<std::string, int> department_index;
    for (const auto& s : specs)
        department_index.emplace(s.department, 0);
    int next = 0;
    for (auto& [name, index] : department_index) {
        index = next++;
        t.department_names.push_back(name);
    }

    auto reserve_all = [n](auto&... columns) { (columns.reserve(n), ...); };
    reserve_all(t.dane_code, t.category, t.department, t.population, t.rural_share, t.ethnic_share,
                t.budget_cop, t.is_capital, t.committee_allowed, t.max_stage, t.mayor_priority,
                t.stage, t.committee, t.technical, t.planning, t.visibility, t.unmet_needs,
                t.twinning_partners, t.network_memberships);
    for (const auto& s : specs) {
        t.dane_code.push_back(s.dane_code);
        t.category.push_back(s.category);
        t.department.push_back(department_index.at(s.department));
        t.population.push_back(s.population);
        t.rural_share.push_back(s.rural_share);
        t.ethnic_share.push_back(s.ethnic_share);
        t.budget_cop.push_back(s.budget_cop);
        t.sgp_dependence.push_back(s.sgp_dependence);
        t.distance_km.push_back(s.distance_to_capital_km);
        t.is_capital.push_back(s.is_capital ? 1 : 0);
        t.committee_allowed.push_back(s.committee_allowed ? 1 : 0);
        t.max_stage.push_back(s.max_stage);
        t.mayor_priority.push_back(s.mayor_priority);
        const StrategyStage stage = std::min(s.stage, s.max_stage);
        t.stage.push_back(stage);
        t.committee.push_back(s.committee && s.committee_allowed ? 1 : 0);
        t.technical.push_back(s.technical);
        t.planning.push_back(s.planning);
        t.visibility.push_back(s.visibility);
        t.unmet_needs.push_back(s.unmet_needs);
        t.twinning_partners.push_back(s.twinning_partners);
        t.network_memberships.push_back(s.network_memberships);
    }
    t.government_changed.assign(n, 0);
    t.effort.assign(n, 0.0);
    t.budget_line_cop.assign(n, 0.0);
    t.last_trained_year.assign(n, kNeverTrained);
    t.articulation.assign(n, 0.0);
    t.empowered_share.assign(n, 0.0);
    t.peer_signal.assign(n, 0.0);
    t.ally_support.assign(n, 0.0);
    t.in_bundling_ally.assign(n, 0);
    t.conflict_events.assign(n, 0);
    t.proposals.assign(n, 0);
    t.active_projects.assign(n, 0);
    t.received_cop.assign(n, 0.0);
    t.received_usd.assign(n, 0.0);
    return t;
}

}  // namespace coopsim::agents
