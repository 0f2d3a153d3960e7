#include "sim/agents/donors.hpp"

#include <algorithm>

#include "sim/agents/territories.hpp"

namespace coopsim::agents {

Donors make_donors(const scenario::Scenario& scenario,
                   const std::vector<std::string>& department_names) {
    Donors d;
    const std::size_t n = scenario.donors.size();
    d.department_count = department_names.size();
    d.works_in.assign(n * d.department_count, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& spec = scenario.donors[i];
        d.spec.push_back(&spec);
        for (std::size_t k = 0; k < d.department_count; ++k) {
            const bool everywhere = spec.departments.empty();
            const bool listed = std::find(spec.departments.begin(), spec.departments.end(),
                                          department_names[k]) != spec.departments.end();
            d.works_in[i * d.department_count + k] = (everywhere || listed) ? 1 : 0;
        }
    }
    d.budget_usd.assign(n, 0.0);
    d.budget_cop.assign(n, 0.0);
    d.committed_usd.assign(n, 0.0);
    d.tranche_scale.assign(n, 1.0);
    d.territorial_cop.assign(n, 0.0);
    d.national_cop.assign(n, 0.0);
    d.partners.assign(n, 0);
    d.approved.assign(n, 0);
    d.proposals_received.assign(n, 0);
    return d;
}

double priority_fit(const scenario::DonorSpec& donor, const Territories& territories, std::size_t t,
                    const scenario::Parameters& parameters) {
    const auto& p = donor.priorities;
    const double total = p.need + p.conflict + p.indigenous + p.rural + p.capitals;
    // No stated priorities: every territory fits equally.
    if (total <= 0.0) return parameters.fit_without_priorities;
    // conflict_saturation_events or more events a year count as fully conflict-affected.
    const double conflict =
        std::min(1.0, territories.conflict_events[t] / parameters.conflict_saturation_events);
    const double score = p.need * territories.unmet_needs[t] + p.conflict * conflict +
                         p.indigenous * territories.ethnic_share[t] +
                         p.rural * territories.rural_share[t] +
                         p.capitals * territories.is_capital[t];
    return score / total;
}

}  // namespace coopsim::agents
