#include "sim/agents/regional_allies.hpp"

#include <algorithm>

namespace coopsim::agents {

RegionalAllies make_regional_allies(const scenario::Scenario& scenario) {
    RegionalAllies allies;
    const auto& territories = scenario.territories;
    for (const auto& spec : scenario.regional_allies) {
        std::vector<int> members;
        for (std::size_t t = 0; t < territories.size(); ++t) {
            const bool listed = std::find(spec.members.begin(), spec.members.end(),
                                          territories[t].dane_code) != spec.members.end();
            const bool by_department =
                spec.members.empty() && territories[t].department == spec.department;
            if (listed || by_department) members.push_back(static_cast<int>(t));
        }
        allies.spec.push_back(&spec);
        allies.members.push_back(std::move(members));
    }
    return allies;
}

}  // namespace coopsim::agents
