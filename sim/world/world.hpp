#pragma once
// The world: every agent's state plus what the stages of the current year pass to each other.
// The scenario (the description) is kept apart and never changed while running.
#include <array>
#include <cstdint>
#include <vector>

#include "sim/agents/donors.hpp"
#include "sim/agents/local_actors.hpp"
#include "sim/agents/projects.hpp"
#include "sim/agents/regional_allies.hpp"
#include "sim/agents/territories.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::engine {

// A proposal written in stage 4 (proposals) and judged in stage 5 (donor decisions).
struct Proposal {
    int territory = 0;
    int index = 0;   // position among its territory's proposals this year (keys its draws)
    int actor = -1;  // the lone actor writing it; -1 for the government or the committee
    agents::ProjectCarrier carrier = agents::ProjectCarrier::government;
    int donor = 0;
    scenario::Route route = scenario::Route::official_open_call;
    double quality = 0;  // [0,1]
    bool regional = false;
};

// Money moved this year from one donor to one territory through one route.
struct Flow {
    int donor = 0;
    int territory = 0;
    scenario::Route route = scenario::Route::official_open_call;
    double cop = 0;
    double usd = 0;
};

struct YearLedger {
    std::array<double, scenario::kRouteCount> route_cop{};
    double national_cop = 0;
    double national_usd = 0;
    std::vector<Flow> flows;  // ordered by (donor, territory, route)
};

struct World {
    const scenario::Scenario* scenario = nullptr;
    int year = 0;
    double cop_per_usd = 0;

    agents::Territories territories;
    agents::LocalActors actors;
    agents::Donors donors;
    agents::Projects projects;
    agents::RegionalAllies allies;
    // Trust of territory t with donor d at [t * donors + d], in [0,1]: built by contacts and
    // successful projects, lost by failures and by years without contact (§4.4).
    std::vector<double> donor_trust;
    // Whether donor d disbursed in territory t last year, at [t * donors + d] (herding, trust
    // decay).
    std::vector<std::uint8_t> donor_active_last_year;

    std::vector<std::vector<Proposal>> proposals_by_territory;  // stage 4 -> stage 5
    YearLedger ledger;                                          // stage 6 -> record

    const scenario::Parameters& parameters() const { return scenario->parameters; }
    std::uint64_t seed() const { return scenario->seed; }
    // The row of territory t and donor d in the territory x donor matrices.
    std::size_t pair(std::size_t t, std::size_t d) const { return t * donors.size() + d; }
    double trust(std::size_t t, std::size_t d) const { return donor_trust[pair(t, d)]; }
};

// Builds the initial world of a scenario (agents created, initial priorities drawn).
World make_world(const scenario::Scenario& scenario);

}  // namespace coopsim::engine
