// Stage 5: donors decide.
//
// Each donor's envelope for territories is its yearly budget less the national-level share.
// Tranches owed this year to projects approved earlier come first; when they exceed the
// envelope (a budget cut, as after 2008, §4.5) every tranche is scaled down. Then renewals:
// a successful project that ended last year is renewed with a chance of renewal_propensity
// times the pair's trust. Then new proposals, ranked by the donor's weights for need, quality,
// trust, visibility, herding (what other donors do) and priority fit, plus a bonus for regional
// (bundled) proposals, with donor-specific noise (Hoeffler & Outram 2008: about half of aid
// allocation is donor-specific; Frot & Santiso 2009). A delayed project's first tranche is booked
// against the envelope of the year it is approved, so a donor cannot approve without limit.
// A ranked proposal is funded when the official endorsement (official route), the outside
// competition of its route (selection_odds: open calls are one among dozens or hundreds, §4.4),
// the partner limit and the remaining envelope allow. Donors are independent of each other
// here, so they decide in parallel; their approvals join the project table in donor order.
#include <algorithm>
#include <numeric>
#include <vector>

#include "sim/random/random_stream.hpp"
#include "sim/stages/stages.hpp"
#include "sim/world/parallel.hpp"

namespace coopsim::stages {

using agents::ProjectOutcome;
using agents::ProjectTerms;
using engine::AgentKind;
using engine::Purpose;
using engine::RandomStream;
using scenario::Route;

namespace {

struct DonorDesk {  // what one donor sees and decides this year
    std::vector<const engine::Proposal*> proposals;
    std::vector<std::size_t> renewal_candidates;  // project ids
    std::vector<std::uint8_t> partner;            // per territory: an active project this year
    std::vector<ProjectTerms> approvals;
};

// Tranches owed this year, current partners and renewal candidates, from the project table.
void open_desks(const engine::World& world, agents::Donors& donors, std::vector<DonorDesk>& desks) {
    const auto& projects = world.projects;
    std::fill(donors.committed_usd.begin(), donors.committed_usd.end(), 0.0);
    for (auto& desk : desks)
        desk.partner.assign(world.territories.size(), 0);
    for (std::size_t p = 0; p < projects.size(); ++p) {
        const auto d = static_cast<std::size_t>(projects.donor[p]);
        if (projects.active_in(p, world.year)) {
            donors.committed_usd[d] += projects.yearly_tranche_usd(p);
            desks[d].partner[static_cast<std::size_t>(projects.territory[p])] = 1;
        }
        if (projects.end_year(p) == world.year - 1 &&
            projects.outcome[p] == ProjectOutcome::success)
            desks[d].renewal_candidates.push_back(p);
    }
    for (const auto& list : world.proposals_by_territory)
        for (const auto& proposal : list)
            desks[static_cast<std::size_t>(proposal.donor)].proposals.push_back(&proposal);
}

// What a donor decided this year about its own columns; the stage commits it in donor order.
struct DonorVerdict {
    double tranche_scale = 1;
    int proposals_received = 0;
    int approved = 0;
};

// One donor's decisions. It runs inside the parallel loop over donors, so it reads the world
// and writes only its own desk; the verdict and the approvals are committed afterwards.
class DonorDecision {
  public:
    DonorDecision(const engine::World& world, std::size_t d, DonorDesk& desk,
                  const std::vector<int>& donors_active_last_year)
        : world_(world),
          d_(d),
          desk_(desk),
          spec_(*world.donors.spec[d]),
          donors_active_last_year_(donors_active_last_year) {
        for (auto mark : desk.partner)
            partners_ += mark;
    }

    DonorVerdict run() {
        const auto& donors = world_.donors;
        const double envelope = donors.budget_usd[d_] * (1.0 - spec_.national_share);
        const double committed = donors.committed_usd[d_];
        DonorVerdict verdict;
        verdict.tranche_scale = committed > envelope && committed > 0 ? envelope / committed : 1.0;
        available_ = std::max(0.0, envelope - committed);
        renewals();
        new_proposals();
        verdict.proposals_received = static_cast<int>(desk_.proposals.size());
        verdict.approved = static_cast<int>(desk_.approvals.size());
        return verdict;
    }

  private:
    bool room_for(int territory) const {
        return desk_.partner[static_cast<std::size_t>(territory)] || partners_ < spec_.max_partners;
    }

    bool approve(ProjectTerms terms) {
        const double tranche = terms.amount_usd / terms.duration;
        if (tranche > available_ || !room_for(terms.territory)) return false;
        available_ -= tranche;
        auto& mark = desk_.partner[static_cast<std::size_t>(terms.territory)];
        if (!mark) ++partners_;
        mark = 1;
        desk_.approvals.push_back(terms);
        return true;
    }

    void renewals() {
        const auto& projects = world_.projects;
        for (std::size_t p : desk_.renewal_candidates) {
            RandomStream rng(world_.seed(), Purpose::renewal, AgentKind::project, p, world_.year);
            const auto t = static_cast<std::size_t>(projects.territory[p]);
            if (!rng.bernoulli(spec_.renewal_propensity * world_.trust(t, d_))) continue;
            ProjectTerms terms;
            terms.donor = static_cast<int>(d_);
            terms.territory = projects.territory[p];
            terms.actor = projects.actor[p];
            terms.route = projects.route[p];
            terms.carrier = projects.carrier[p];
            terms.regional = projects.regional[p] != 0;
            terms.renewal = true;
            terms.amount_usd = projects.amount_usd[p];
            terms.approved_year = world_.year;
            terms.start_year = world_.year;  // a renewal continues without a new call
            terms.duration = rng.uniform_int(spec_.project_years_min, spec_.project_years_max);
            approve(terms);
        }
    }

    double score(const engine::Proposal& proposal, RandomStream& rng) const {
        const auto& w = spec_.weights;
        const auto& t = world_.territories;
        const auto i = static_cast<std::size_t>(proposal.territory);
        // Herding: the share of the other donors that disbursed here last year.
        const double others =
            std::max<double>(1.0, static_cast<double>(world_.donors.size()) - 1.0);
        const int own = world_.donor_active_last_year[world_.pair(i, d_)];
        const double herd = std::min(1.0, (donors_active_last_year_[i] - own) / others);
        const double total_weight = w.need + w.quality + w.trust + w.visibility + w.herding + w.fit;
        return w.need * t.unmet_needs[i] + w.quality * proposal.quality +
               w.trust * world_.trust(i, d_) + w.visibility * t.visibility[i] + w.herding * herd +
               w.fit * agents::priority_fit(spec_, t, i, world_.parameters()) +
               (proposal.regional ? spec_.regional_preference * world_.parameters().regional_bonus
                                  : 0.0) +
               world_.parameters().donor_noise * total_weight * rng.normal();
    }

    void new_proposals() {
        const std::size_t n = desk_.proposals.size();
        std::vector<double> scores(n);
        std::vector<RandomStream> streams;
        streams.reserve(n);
        for (std::size_t k = 0; k < n; ++k) {
            const auto& proposal = *desk_.proposals[k];
            // One stream per proposal, keyed by its territory and index: its draws do not depend
            // on which other proposals this donor received.
            streams.emplace_back(world_.seed(), Purpose::donor_decision, AgentKind::territory,
                                 static_cast<std::uint64_t>(proposal.territory), world_.year,
                                 static_cast<std::uint64_t>(proposal.index));
            scores[k] = score(proposal, streams.back());
        }
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });

        const auto& agency = world_.scenario->national_agency;
        for (std::size_t k : order) {
            const auto& proposal = *desk_.proposals[k];
            auto& rng = streams[k];
            const auto& route = world_.scenario->routes[static_cast<int>(proposal.route)];
            const double u_endorse = rng.uniform(), u_select = rng.uniform();
            const int duration = rng.uniform_int(spec_.project_years_min, spec_.project_years_max);
            if (proposal.route == Route::official_national_agency &&
                u_endorse >= agency.endorsement_rate)
                continue;
            if (u_select >= route.selection_odds) continue;
            ProjectTerms terms;
            terms.donor = static_cast<int>(d_);
            terms.territory = proposal.territory;
            terms.actor = proposal.actor;
            terms.route = proposal.route;
            terms.carrier = proposal.carrier;
            terms.regional = proposal.regional;
            terms.amount_usd = spec_.grant_min_usd +
                               (spec_.grant_max_usd - spec_.grant_min_usd) * proposal.quality;
            terms.approved_year = world_.year;
            terms.start_year = world_.year + route.delay_years;
            terms.duration = duration;
            approve(terms);
        }
    }

    const engine::World& world_;
    std::size_t d_;
    DonorDesk& desk_;
    const scenario::DonorSpec& spec_;
    const std::vector<int>& donors_active_last_year_;  // per territory
    double available_ = 0;
    int partners_ = 0;
};

}  // namespace

void donor_decisions(const engine::World& world, agents::Donors& donors,
                     agents::Projects& projects) {
    std::vector<DonorDesk> desks(donors.size());
    open_desks(world, donors, desks);
    // Distinct donors that disbursed in each territory last year, for the herding term.
    std::vector<int> active(world.territories.size(), 0);
    for (std::size_t t = 0; t < active.size(); ++t)
        for (std::size_t d = 0; d < donors.size(); ++d)
            active[t] += world.donor_active_last_year[world.pair(t, d)];
    std::vector<DonorVerdict> verdicts(desks.size());
    engine::for_each_index(desks.size(), [&](std::size_t d) {
        verdicts[d] = DonorDecision(world, d, desks[d], active).run();
    });
    // The commit, in donor order: each donor's columns, then its approvals as new projects.
    for (std::size_t d = 0; d < desks.size(); ++d) {
        donors.tranche_scale[d] = verdicts[d].tranche_scale;
        donors.proposals_received[d] = verdicts[d].proposals_received;
        donors.approved[d] = verdicts[d].approved;
    }
    for (const auto& desk : desks)
        for (const auto& terms : desk.approvals)
            projects.add(terms);
}

}  // namespace coopsim::stages
