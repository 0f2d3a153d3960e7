// Stage 4: proposals are formed.
//
// A territory with a strategy writes official proposals: carried by the committee when local
// actors articulate through it (pooled: quality raised by pooling_synergy times articulation,
// §3.1), otherwise by the government alone. How many it writes grows with technical capacity
// and articulation and is bounded by max_proposals and by what it can pay for preparing them:
// its budget line (half of a budget line's worth without one) plus what articulated actors put
// in from their own resources ("cada uno de ellos cuenta con recursos que se pueden poner a
// disposición", §3.1). Local actors that act alone
// may write their own, weaker proposals (scattered efforts, §3.1), through the routes open to
// non-governmental actors. Each proposal goes to one donor through one route, chosen among the
// open pairs with weights for priority fit, trust, presence, size and the actor's own links.
// Every proposal is a contact that builds a little trust (§4.4).
#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using agents::ProjectCarrier;
using scenario::DonorType;
using scenario::Presence;
using scenario::Route;
using scenario::StrategyStage;

namespace {

struct Proposer {
    int actor = -1;         // -1: the government or the committee
    double capacity = 0;    // technical capacity of the writer
    int linked_donor = -1;  // an actor's own international partner
};

bool is_open_call(Route r) {
    return r == Route::official_open_call || r == Route::decentralised_open_call;
}

// Whether route r to donor d is open to this proposer in territory t (Table 1, §4.1–4.5).
bool route_open(const engine::World& world, std::size_t t, const Proposer& who, std::size_t d,
                Route r) {
    const auto& terr = world.territories;
    const auto& donor = *world.donors.spec[d];
    const auto& route = world.scenario->routes[static_cast<int>(r)];
    if (!world.donors.works_in_department(d, terr.department[t])) return false;
    if (who.capacity < route.min_technical) return false;
    const bool official = who.actor < 0;
    if (official && terr.stage[t] < route.min_stage) return false;
    // The official, twinning, network and South-South routes belong to the local government.
    if (!official && !(is_open_call(r) || r == Route::ngo)) return false;
    if (r == Route::twinning && terr.twinning_partners[t] == 0) return false;
    if (r == Route::networks && terr.network_memberships[t] == 0) return false;
    if (r == Route::ngo &&
        !(donor.type == DonorType::international_ngo || donor.presence == Presence::local_ally ||
          who.linked_donor == static_cast<int>(d)))
        return false;
    // South-South is two-way: a territory with nothing formal to offer does not approach (§4.5).
    if (donor.reciprocity && terr.stage[t] != StrategyStage::formal) return false;
    // A donor with no presence is reached only through open calls and networks until
    // trust has been built over years of contacts (§4.4).
    if (donor.presence == Presence::none && !(is_open_call(r) || r == Route::networks) &&
        world.trust(t, d) < donor.trust_threshold)
        return false;
    return true;
}

// How reachable a donor is from territory t. A donor with an office or a regional ally reaches
// remote territories less (its reach halves at remoteness_km from the departmental capital;
// the abstract and §6: cooperation has had little application in distant territories); a local ally
// is on the spot; a donor with no presence finds only visible territories (§4.4).
double presence_weight(Presence presence, double visibility, double distance_km,
                       const scenario::Parameters& p) {
    const double reach = p.remoteness_km > 0.0 ? 1.0 / (1.0 + distance_km / p.remoteness_km) : 1.0;
    switch (presence) {
        case Presence::national_office:
            return p.presence_weight_national_office * reach;
        case Presence::regional_ally:
            return p.presence_weight_regional_ally * reach;
        case Presence::local_ally:
            return p.presence_weight_local_ally;
        case Presence::none:
            break;
    }
    return p.presence_weight_none * reach + visibility;
}

// A donor's size weight: its budget share to the power donor_size_exponent. The default 0.5 is
// computed as the square root, which std::pow does not promise to match bit for bit.
double size_weight_of(double budget_share, double exponent) {
    constexpr double kSquareRoot = 0.5;
    return exponent == kSquareRoot ? std::sqrt(budget_share) : std::pow(budget_share, exponent);
}

struct Target {
    int donor = -1;
    Route route = Route::official_open_call;
};

struct Candidate {
    Target target;
    double weight = 0;
};

// Picks one open (donor, route) pair, or donor -1 when none is open. `candidates` is scratch
// space reused across a territory's proposals.
Target choose_target(const engine::World& world, std::size_t t, const Proposer& who,
                     const std::vector<double>& size_weight, engine::RandomStream& rng,
                     std::vector<Candidate>& candidates) {
    candidates.clear();
    double total = 0;
    for (std::size_t d = 0; d < world.donors.size(); ++d) {
        const auto& donor = *world.donors.spec[d];
        if (world.donors.budget_usd[d] <= 0.0) continue;
        const auto& p = world.parameters();
        const double base =
            (p.target_fit_offset + agents::priority_fit(donor, world.territories, t, p)) *
            (p.target_trust_offset + world.trust(t, d)) *
            presence_weight(donor.presence, world.territories.visibility[t],
                            world.territories.distance_km[t], p) *
            size_weight[d] * (who.linked_donor == static_cast<int>(d) ? p.own_partner_weight : 1.0);
        for (Route r : donor.routes) {
            if (!route_open(world, t, who, d, r)) continue;
            candidates.push_back({{static_cast<int>(d), r}, base});
            total += base;
        }
    }
    if (candidates.empty() || total <= 0.0) return {};
    double u = rng.uniform() * total;
    for (const auto& candidate : candidates) {
        if (u < candidate.weight) return candidate.target;
        u -= candidate.weight;
    }
    return candidates.back().target;
}

double noisy(double quality, double sd, engine::RandomStream& rng) {
    return std::clamp(quality + sd * rng.normal(), 0.0, 1.0);
}

}  // namespace

void proposals(const engine::World& world, ProposalsWrites writes) {
    auto& t = writes.territories;
    const auto& a = world.actors;
    const auto& p = world.parameters();
    const auto& routes = world.scenario->routes;
    writes.proposals_by_territory.assign(t.size(), {});

    // Larger donors are better known: weight by a power (default: the square root) of the
    // budget share.
    std::vector<double> size_weight(world.donors.size(), 0.0);
    double budget_total = 0;
    for (double b : world.donors.budget_usd)
        budget_total += b;
    for (std::size_t d = 0; d < size_weight.size(); ++d)
        size_weight[d] =
            budget_total > 0
                ? size_weight_of(world.donors.budget_usd[d] / budget_total, p.donor_size_exponent)
                : 0.0;

    engine::for_each_index(t.size(), [&](std::size_t i) {
        engine::RandomStream rng(world.seed(), engine::Purpose::proposal,
                                 engine::AgentKind::territory, i, world.year);
        auto& out = writes.proposals_by_territory[i];
        std::vector<Candidate> candidates;
        auto submit = [&](const Proposer& who, ProjectCarrier carrier, double quality) {
            const Target target = choose_target(world, i, who, size_weight, rng, candidates);
            if (target.donor < 0) return 0.0;
            engine::Proposal proposal;
            proposal.territory = static_cast<int>(i);
            proposal.index = static_cast<int>(out.size());
            proposal.actor = who.actor;
            proposal.carrier = carrier;
            proposal.donor = target.donor;
            proposal.route = target.route;
            proposal.quality = quality;
            // Allies bundle the members' proposals for the official and open-call routes (§4.2).
            proposal.regional =
                who.actor < 0 && t.in_bundling_ally[i] != 0 &&
                (target.route == Route::official_national_agency || is_open_call(target.route));
            out.push_back(proposal);
            double& trust =
                writes.donor_trust[world.pair(i, static_cast<std::size_t>(target.donor))];
            trust += p.contact_trust * (1.0 - trust);
            return routes[static_cast<int>(target.route)].preparation_cost_cop;
        };

        if (t.stage[i] >= StrategyStage::exploring) {
            const bool pooled = t.committee[i] && t.articulation[i] > 0.0;
            const ProjectCarrier carrier =
                pooled ? ProjectCarrier::committee : ProjectCarrier::government;
            const double wanted = 1.0 + std::floor(p.proposals_per_capacity * t.technical[i] *
                                                   (1.0 + t.articulation[i]));
            const int count = std::min(p.max_proposals, static_cast<int>(wanted));
            double purse = t.stage[i] == StrategyStage::formal
                               ? t.budget_line_cop[i]
                               : p.exploring_purse_share * p.budget_line_share * t.effort[i] *
                                     t.budget_cop[i] * (1.0 - t.sgp_dependence[i]);
            for (int k = a.first(i); k < a.last(i); ++k)
                if (a.articulates[static_cast<std::size_t>(k)])
                    purse +=
                        p.actor_contribution * a.own_resources_cop[static_cast<std::size_t>(k)];
            const double base = p.quality_technical_weight * t.technical[i] +
                                p.quality_planning_weight * t.planning[i] +
                                p.quality_visibility_weight * t.visibility[i];
            const double pooled_quality =
                base * (1.0 + (p.pooling_synergy - 1.0) * t.articulation[i]);
            // The committee brings the articulated actors' own international partners (§4.3: an
            // actor may have one the mayor does not know of): its proposals go to them in turn.
            std::vector<int> partners;
            if (pooled)
                for (int k = a.first(i); k < a.last(i); ++k)
                    if (a.articulates[static_cast<std::size_t>(k)] &&
                        a.linked_donor[static_cast<std::size_t>(k)] >= 0)
                        partners.push_back(a.linked_donor[static_cast<std::size_t>(k)]);
            double spent = 0;
            for (int k = 0; k < count; ++k) {
                // The first proposal is always affordable: an exploring territory writes one.
                if (k > 0 && spent >= purse) break;
                const int partner =
                    partners.empty() ? -1 : partners[static_cast<std::size_t>(k) % partners.size()];
                spent += submit({-1, t.technical[i], partner}, carrier,
                                noisy(pooled_quality, p.quality_noise, rng));
            }
        }
        for (int k = a.first(i); k < a.last(i); ++k) {
            const auto ku = static_cast<std::size_t>(k);
            if (a.articulates[ku]) continue;
            const double u = rng.uniform();
            if (u >= p.lone_proposal_rate * a.capacity[ku]) continue;
            const double quality = noisy(a.capacity[ku] / p.pooling_synergy, p.quality_noise, rng);
            submit({k, a.capacity[ku], a.linked_donor[ku]}, ProjectCarrier::actor, quality);
        }
        t.proposals[i] = static_cast<int>(out.size());
    });
}

}  // namespace coopsim::stages
