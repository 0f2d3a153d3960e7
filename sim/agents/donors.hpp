#pragma once
// Donor state, one column per variable, indexed by donor (the scenario's order). The donor's
// fixed description (type, routes, priorities, weights, limits) stays in scenario::DonorSpec;
// these columns are what changes year by year.
#include <cstdint>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace coopsim::agents {

struct Donors {
    std::vector<const scenario::DonorSpec*> spec;
    // works_in[d * departments + k]: donor d works in department k (its geographic focus).
    std::vector<std::uint8_t> works_in;
    std::size_t department_count = 0;

    // This year's money (USD for commitments, COP for what was paid out at this year's rate).
    std::vector<double> budget_usd;
    std::vector<double> budget_cop;
    std::vector<double> committed_usd;    // tranches owed this year to projects approved earlier
    std::vector<double> tranche_scale;    // < 1 when this year's budget cannot honour them all
    std::vector<double> territorial_cop;  // paid to territories
    std::vector<double> national_cop;     // paid to national-level recipients
    std::vector<int> partners;            // distinct territories with an active project
    std::vector<int> approved;            // projects approved this year
    std::vector<int> proposals_received;

    std::size_t size() const { return spec.size(); }
    bool works_in_department(std::size_t d, int department) const {
        return works_in[d * department_count + static_cast<std::size_t>(department)] != 0;
    }
};

Donors make_donors(const scenario::Scenario& scenario,
                   const std::vector<std::string>& department_names);

}  // namespace coopsim::agents

namespace coopsim::agents {

struct Territories;

// How well territory t matches a donor's thematic and geographic priorities, in [0,1]: the
// priority-weighted mean of the territory's unmet needs, conflict, indigenous share, rurality
// and capital status (§4.1–4.5: donors focus on conflict-affected, indigenous, rural areas).
// `parameters` gives the fit without priorities and the events that saturate conflict.
double priority_fit(const scenario::DonorSpec& donor, const Territories& territories, std::size_t t,
                    const scenario::Parameters& parameters);

}  // namespace coopsim::agents
