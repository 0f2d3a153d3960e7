#pragma once
// Regional allies (§4.2): departmental cooperation systems, associations of municipalities,
// local development agencies. Each has a set of member territories and an active period.
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace coopsim::agents {

struct RegionalAllies {
    std::vector<const scenario::RegionalAllySpec*> spec;
    std::vector<std::vector<int>> members;  // territory indices, ascending

    std::size_t size() const { return spec.size(); }
    bool active_in(std::size_t ally, int year) const {
        return spec[ally]->start_year <= year && year <= spec[ally]->end_year;
    }
};

// Resolves members: listed DANE codes, or every territory of the ally's department.
RegionalAllies make_regional_allies(const scenario::Scenario& scenario);

}  // namespace coopsim::agents
