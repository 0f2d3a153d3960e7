#include "sim/agents/projects.hpp"

namespace coopsim::agents {

void Projects::add(const ProjectTerms& terms) {
    donor.push_back(terms.donor);
    territory.push_back(terms.territory);
    actor.push_back(terms.actor);
    route.push_back(terms.route);
    carrier.push_back(terms.carrier);
    regional.push_back(terms.regional ? 1 : 0);
    renewal.push_back(terms.renewal ? 1 : 0);
    amount_usd.push_back(terms.amount_usd);
    approved_year.push_back(terms.approved_year);
    start_year.push_back(terms.start_year);
    duration.push_back(terms.duration);
    disbursed_usd.push_back(0.0);
    disbursed_cop.push_back(0.0);
    outcome.push_back(ProjectOutcome::ongoing);
}

}  // namespace coopsim::agents
