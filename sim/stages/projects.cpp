// Stage 6: projects run and disburse; those ending this year succeed or fail.
//
// Every active project receives its yearly tranche (amount / duration, times its donor's
// tranche scale in a year of cuts), converted at this year's exchange rate. Within the
// territory, a committee project's money reaches the articulated actors in proportion to
// their capacity; a lone actor's project reaches that actor; a government project stays with
// the government. Donors place the national share of their budget with national-level
// recipients, and, when unspent_to_national is set, also what territories did not absorb.
// A project in its last year succeeds with a logistic chance in capacity, articulation and
// conflict (§3.1, §4.4); success builds donor trust, visibility and capacity (learning by
// doing) and reduces unmet needs; failure costs trust. Accounting is exact: what donors pay
// out equals what territories and national recipients receive (tests/sim/engine).
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using agents::ProjectCarrier;
using agents::ProjectOutcome;

namespace {

double logistic(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

// Units of need_reduction: COP million per 1,000 inhabitants.
constexpr double kCopPerMillion = 1e6;
constexpr double kInhabitantsPerThousand = 1000.0;

void raise(double& value, double gain) {
    value += gain * (1.0 - value);
}

void reset_year(const ProjectsWrites& out) {
    auto& t = out.territories;
    auto& d = out.donors;
    std::fill(t.received_cop.begin(), t.received_cop.end(), 0.0);
    std::fill(t.received_usd.begin(), t.received_usd.end(), 0.0);
    std::fill(t.active_projects.begin(), t.active_projects.end(), 0);
    std::fill(out.actors.received_cop.begin(), out.actors.received_cop.end(), 0.0);
    std::fill(d.territorial_cop.begin(), d.territorial_cop.end(), 0.0);
    std::fill(d.national_cop.begin(), d.national_cop.end(), 0.0);
    std::fill(d.partners.begin(), d.partners.end(), 0);
    out.ledger = {};
}

// Pays a territory's share of a tranche to the articulated actors, by capacity.
void pay_committee(agents::LocalActors& a, std::size_t t, double cop) {
    double capacity = 0;
    for (int k = a.first(t); k < a.last(t); ++k)
        if (a.articulates[static_cast<std::size_t>(k)])
            capacity += a.capacity[static_cast<std::size_t>(k)];
    if (capacity <= 0) return;
    for (int k = a.first(t); k < a.last(t); ++k) {
        const auto ku = static_cast<std::size_t>(k);
        if (a.articulates[ku]) a.received_cop[ku] += cop * a.capacity[ku] / capacity;
    }
}

// Pays every active project's tranche, in project order, and books the flows.
void disburse(const engine::World& world, const ProjectsWrites& out,
              std::vector<std::uint8_t>& active_pair) {
    auto& pr = out.projects;
    auto& t = out.territories;
    auto& d = out.donors;
    const std::size_t donors = d.size();
    std::map<std::tuple<int, int, int>, engine::Flow> flows;
    for (std::size_t p = 0; p < pr.size(); ++p) {
        if (!pr.active_in(p, world.year)) continue;
        const auto di = static_cast<std::size_t>(pr.donor[p]);
        const auto ti = static_cast<std::size_t>(pr.territory[p]);
        const double usd = pr.yearly_tranche_usd(p) * d.tranche_scale[di];
        const double cop = usd * world.cop_per_usd;
        pr.disbursed_usd[p] += usd;
        pr.disbursed_cop[p] += cop;
        t.received_cop[ti] += cop;
        t.received_usd[ti] += usd;
        ++t.active_projects[ti];
        d.territorial_cop[di] += cop;
        out.ledger.route_cop[static_cast<int>(pr.route[p])] += cop;
        active_pair[ti * donors + di] = 1;
        if (pr.carrier[p] == ProjectCarrier::committee) pay_committee(out.actors, ti, cop);
        if (pr.carrier[p] == ProjectCarrier::actor)
            out.actors.received_cop[static_cast<std::size_t>(pr.actor[p])] += cop;
        auto& flow = flows[{pr.donor[p], pr.territory[p], static_cast<int>(pr.route[p])}];
        flow.donor = pr.donor[p];
        flow.territory = pr.territory[p];
        flow.route = pr.route[p];
        flow.cop += cop;
        flow.usd += usd;
    }
    for (auto& [key, flow] : flows)
        out.ledger.flows.push_back(flow);
    for (std::size_t ti = 0; ti < t.size(); ++ti)
        for (std::size_t di = 0; di < donors; ++di)
            d.partners[di] += active_pair[ti * donors + di];
    out.donor_active_last_year = active_pair;  // read by next year's herding term
}

// The national-level share, and what territories did not absorb when donors place it there.
void pay_national(const engine::World& world, const ProjectsWrites& out) {
    auto& d = out.donors;
    const bool unspent = world.parameters().unspent_to_national;
    for (std::size_t di = 0; di < d.size(); ++di) {
        const double national_share = d.spec[di]->national_share;
        const double territorial_envelope = d.budget_cop[di] * (1.0 - national_share);
        double cop = d.budget_cop[di] * national_share;
        if (unspent) cop += std::max(0.0, territorial_envelope - d.territorial_cop[di]);
        d.national_cop[di] = cop;
        out.ledger.national_cop += cop;
        out.ledger.national_usd += cop / world.cop_per_usd;
    }
}

// Outcomes of the projects in their last year; effects applied in project order.
void settle_outcomes(const engine::World& world, const ProjectsWrites& out) {
    auto& pr = out.projects;
    auto& t = out.territories;
    auto& a = out.actors;
    const auto& p = world.parameters();
    for (std::size_t k = 0; k < pr.size(); ++k) {
        if (pr.end_year(k) != world.year) continue;
        const auto ti = static_cast<std::size_t>(pr.territory[k]);
        const auto di = static_cast<std::size_t>(pr.donor[k]);
        const bool by_actor = pr.carrier[k] == ProjectCarrier::actor;
        const double capacity =
            by_actor ? a.capacity[static_cast<std::size_t>(pr.actor[k])] : t.technical[ti];
        const double articulation =
            pr.carrier[k] == ProjectCarrier::committee ? t.articulation[ti] : 0.0;
        engine::RandomStream rng(world.seed(), engine::Purpose::project_outcome,
                                 engine::AgentKind::project, k, world.year);
        const double chance = logistic(p.success_base + p.success_capacity * capacity +
                                       p.success_articulation * articulation -
                                       p.conflict_penalty * t.conflict_events[ti]);
        const bool success = rng.bernoulli(chance);
        pr.outcome[k] = success ? ProjectOutcome::success : ProjectOutcome::failure;
        double& trust = out.donor_trust[world.pair(ti, di)];
        if (success) {
            raise(trust, p.donor_trust_gain);
            raise(t.visibility[ti], p.visibility_gain);
            const double per_thousand = pr.disbursed_cop[k] / kCopPerMillion /
                                        std::max(1.0, t.population[ti] / kInhabitantsPerThousand);
            t.unmet_needs[ti] *= std::max(0.0, 1.0 - p.need_reduction * per_thousand);
        } else {
            trust -= p.donor_trust_loss * trust;
        }
        if (pr.carrier[k] == ProjectCarrier::committee) {
            // Articulated actors judge the government by the committee's results (§4.2).
            for (int j = a.first(ti); j < a.last(ti); ++j) {
                const auto ju = static_cast<std::size_t>(j);
                if (!a.articulates[ju]) continue;
                if (success)
                    raise(a.trust_in_government[ju], p.trust_gain);
                else
                    a.trust_in_government[ju] -= p.trust_loss * a.trust_in_government[ju];
            }
        }
    }
}

// Learning by doing, trust decay for pairs with no contact this year (`contact`, per territory
// and donor: an active project or a proposal), and the actors' payoffs of the year.
void territory_feedback(const engine::World& world, const ProjectsWrites& out,
                        const std::vector<std::uint8_t>& contact) {
    auto& t = out.territories;
    auto& a = out.actors;
    const auto& p = world.parameters();
    const std::size_t donors = out.donors.size();
    engine::for_each_index(t.size(), [&](std::size_t i) {
        if (t.active_projects[i] > 0) raise(t.technical[i], p.learning_by_doing);
        for (std::size_t d = 0; d < donors; ++d)
            if (!contact[i * donors + d])
                out.donor_trust[world.pair(i, d)] *= 1.0 - p.donor_trust_decay;
        for (int k = a.first(i); k < a.last(i); ++k) {
            const auto ku = static_cast<std::size_t>(k);
            // Money relative to the actor's own means, less the cost of coordinating (§4.2).
            const double scale = std::max(a.own_resources_cop[ku], p.payoff_scale_min_cop);
            a.last_payoff[ku] = std::log1p(a.received_cop[ku] / scale) -
                                (a.articulates[ku] ? p.coordination_cost : 0.0);
        }
    });
}

}  // namespace

void projects(const engine::World& world, ProjectsWrites out) {
    reset_year(out);
    std::vector<std::uint8_t> active_pair(out.territories.size() * out.donors.size(), 0);
    disburse(world, out, active_pair);
    pay_national(world, out);
    settle_outcomes(world, out);
    std::vector<std::uint8_t> contact = active_pair;
    const std::size_t donors = out.donors.size();
    for (std::size_t t = 0; t < world.proposals_by_territory.size(); ++t)
        for (const auto& proposal : world.proposals_by_territory[t])
            contact[t * donors + static_cast<std::size_t>(proposal.donor)] = 1;
    territory_feedback(world, out, contact);
}

}  // namespace coopsim::stages
