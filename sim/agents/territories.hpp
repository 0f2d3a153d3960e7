#pragma once
// Territory (municipality) state, one column per variable, indexed by territory index
// (the order of the scenario's territories). Rules that change it live in sim/stages/.
#include <cstdint>
#include <string>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace coopsim::agents {

using scenario::StrategyStage;

struct Territories {
    // Fixed attributes (copied from the scenario for contiguous access in the stages).
    std::vector<int> dane_code;
    std::vector<int> category;
    std::vector<int> department;  // index into department_names
    std::vector<std::string> department_names;
    std::vector<double> population;
    std::vector<double> rural_share;
    std::vector<double> ethnic_share;
    std::vector<double> budget_cop;
    std::vector<double> sgp_dependence;  // share of the budget earmarked national transfers
    std::vector<double> distance_km;     // to the departmental capital
    std::vector<std::uint8_t> is_capital;
    std::vector<std::uint8_t> committee_allowed;
    std::vector<StrategyStage> max_stage;

    // Government.
    std::vector<double> mayor_priority;            // [0,1], drawn at each election
    std::vector<std::uint8_t> government_changed;  // a new term started this year
    std::vector<double> effort;                    // international effort this year [0,1]
    std::vector<double> budget_line_cop;           // budget line for international action
    std::vector<int> last_trained_year;            // by the national agency or a scripted training

    // Strategy and capacities, all in [0,1] (model brief, "Territory").
    std::vector<StrategyStage> stage;
    std::vector<std::uint8_t> committee;
    std::vector<double> technical;
    std::vector<double> planning;
    std::vector<double> visibility;
    std::vector<double>
        articulation;  // capacity share of local actors working through the committee
    std::vector<double>
        empowered_share;  // capacity share of articulated actors weighted by empowerment
    std::vector<double> unmet_needs;
    std::vector<int> twinning_partners;
    std::vector<int> network_memberships;
    std::vector<double> peer_signal;   // visible success of peers in the department [0,1]
    std::vector<double> ally_support;  // technical support from regional allies this year
    std::vector<std::uint8_t> in_bundling_ally;

    // Conflict and money this year.
    std::vector<int> conflict_events;
    std::vector<int> proposals;
    std::vector<int> active_projects;
    std::vector<double> received_cop;
    std::vector<double> received_usd;

    std::size_t size() const { return dane_code.size(); }
};

// Builds the columns from the scenario's territories (initial state as given; priorities that
// the scenario leaves negative are drawn by the engine at set-up).
Territories make_territories(const scenario::Scenario& scenario);

}  // namespace coopsim::agents
