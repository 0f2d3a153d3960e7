#pragma once
// The fields of the saved state (/state/..., docs/OUTPUT.md "Saved state"): every variable of
// the world that carries over from one year to the next, in the order of the file. A field that
// is also a recorded column is `saved(column)`: the same path (under /state), unit and member,
// with its own meaning where the state (start of a year) and the series (end of a year) differ.
#include <tuple>

#include "sim/columns/recorded_columns.hpp"

namespace coopsim::columns::state {

using agents::Donors;
using agents::LocalActors;
using agents::Projects;
using agents::Territories;
using engine::World;

namespace t = territories;
namespace a = actors;
namespace d = donors;
namespace p = projects;

// Named: restoring a state checks them before the others.
inline constexpr StateField actor_territory{"/actors/territory", "",
                                            "the actor's territory, as a row of "
                                            "/territories/dane_code",
                                            &LocalActors::territory};
inline constexpr StateField actor_linked_donor = saved(a::linked_donor);

inline constexpr std::tuple table{
    saved(t::mayor_priority),
    saved(t::government_changed, "1 when a new government term started in the year before"),
    saved(t::effort, "the government's international effort"),
    saved(t::budget_line_cop),
    StateField{"/territories/last_trained_year", "year",
               "year of the last training (-100000: never)", &Territories::last_trained_year},
    saved(t::stage, "strategy stage: 0 none, 1 exploring, 2 formal"),
    saved(t::committee),
    saved(t::technical, "technical capacity [0,1]"),
    saved(t::planning, "planning capacity [0,1]"),
    saved(t::visibility),
    saved(t::articulation),
    saved(t::empowered_share, "capacity share of articulated actors weighted by empowerment [0,1]"),
    saved(t::unmet_needs),
    saved(t::twinning_partners),
    saved(t::network_memberships),
    StateField{"/territories/peer_signal", "1", "visible success of peers in the department [0,1]",
               &Territories::peer_signal},
    StateField{"/territories/ally_support", "1", "technical support from regional allies",
               &Territories::ally_support},
    StateField{"/territories/in_bundling_ally", "1",
               "1 when a regional ally bundles the territory's proposals",
               &Territories::in_bundling_ally},
    saved(t::conflict_events, "armed-conflict events"),
    saved(t::proposals, "proposals written"),
    saved(t::active_projects, "projects disbursing"),
    StateField{"/territories/received_cop", "COP", "cooperation disbursed",
               &Territories::received_cop},
    StateField{"/territories/received_usd", "USD", "cooperation disbursed",
               &Territories::received_usd},

    actor_territory,
    saved(a::type,
          "actor type: 0 indigenous authority, 1 campesino organisation, 2 local NGO, "
          "3 community action board, 4 academia, 5 private firm, 6 other"),
    saved(a::capacity),
    StateField{"/actors/own_resources_cop", "COP/year", "the actor's own means",
               &LocalActors::own_resources_cop},
    actor_linked_donor,
    saved(a::trust_in_government),
    saved(a::articulates, "1 when the actor worked through the committee"),
    StateField{"/actors/attraction_articulate", "1", "learned attraction of articulating",
               &LocalActors::attraction_articulate},
    StateField{"/actors/attraction_alone", "1", "learned attraction of acting alone",
               &LocalActors::attraction_alone},
    StateField{"/actors/last_payoff", "1", "payoff of the actor's last choice",
               &LocalActors::last_payoff},
    saved(a::empowerment),
    saved(a::received_cop, "cooperation reaching the actor"),

    saved(d::budget_usd, "budget for Colombia"),
    saved(d::budget_cop, "budget for Colombia"),
    StateField{"/donors/committed_usd", "USD", "tranches owed to projects approved earlier",
               &Donors::committed_usd},
    saved(d::tranche_scale, "share of owed tranches honoured"),
    saved(d::territorial_cop, "paid out to territories"),
    saved(d::national_cop, "paid out to national-level recipients"),
    saved(d::partners),
    saved(d::approved, "projects approved"),
    saved(d::proposals_received, "proposals received"),

    StateField{"/donor_trust", "1", "trust of the territory with the donor [0,1]",
               &World::donor_trust},
    StateField{"/donor_active_last_year", "1",
               "1 when the donor disbursed in the territory in the year before",
               &World::donor_active_last_year},

    saved(p::disbursed_usd, "disbursed before the state year (0 for projects approved from it on)"),
    saved(p::disbursed_cop, "disbursed before the state year (0 for projects approved from it on)"),
    saved(p::outcome,
          "at the start of the state year: 0 ongoing (or not yet approved), "
          "1 success, 2 failure"),
};

}  // namespace coopsim::columns::state
