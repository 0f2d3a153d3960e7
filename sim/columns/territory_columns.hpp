#pragma once
// The territories' columns (/territories/...), one row each, in the order of the file. The
// territory axis's scale (/territories/dane_code) is in run_columns.hpp with the other scales.
#include <tuple>

#include "sim/columns/derived_values.hpp"

namespace coopsim::columns::territories {

using agents::Territories;
using W = Written;

inline constexpr Derived name{"/territories/name", Axis::territory,           "",
                              "municipality name", &derived::territory_names, W::once};
inline constexpr Derived department{
    "/territories/department",  Axis::territory, "", "department name",
    &derived::department_names, W::once};
inline constexpr Member population{"/territories/population", "inhabitants", "population",
                                   &Territories::population, W::once};
inline constexpr Member category{"/territories/category", "1",
                                 "fiscal category (Law 617 of 2000): 0 special, 1 to 6",
                                 &Territories::category, W::once};
inline constexpr Member is_capital{"/territories/is_capital", "1", "1 for a departmental capital",
                                   &Territories::is_capital, W::once};
inline constexpr Member rural_share{"/territories/rural_share", "1",
                                    "rural share of the population", &Territories::rural_share,
                                    W::once};
inline constexpr Member ethnic_share{"/territories/ethnic_share", "1",
                                     "indigenous or other ethnic share", &Territories::ethnic_share,
                                     W::once};
inline constexpr Member budget_cop{"/territories/budget_cop", "COP/year", "annual municipal budget",
                                   &Territories::budget_cop, W::once};

inline constexpr Member received_cop{"/territories/cooperation_received_cop", "COP",
                                     "cooperation disbursed to the territory this year",
                                     &Territories::received_cop, W::yearly};
inline constexpr Member received_usd{"/territories/cooperation_received_usd", "USD",
                                     "cooperation disbursed to the territory this year",
                                     &Territories::received_usd, W::yearly};
inline constexpr Member stage{
    "/territories/stage", "1",
    "strategy stage at the end of the year: 0 none, 1 exploring, 2 formal", &Territories::stage,
    W::yearly};
inline constexpr Member committee{"/territories/committee", "1",
                                  "1 when a municipal cooperation committee exists",
                                  &Territories::committee, W::yearly};
inline constexpr Member technical{
    "/territories/technical", "1",
    "technical capacity: formulating and managing projects, knowing donors [0,1]",
    &Territories::technical, W::yearly};
inline constexpr Member planning{
    "/territories/planning", "1",
    "planning capacity: needs identified and aligned with the plans [0,1]", &Territories::planning,
    W::yearly};
inline constexpr Member visibility{"/territories/visibility", "1",
                                   "national and international visibility [0,1]",
                                   &Territories::visibility, W::yearly};
inline constexpr Member articulation{
    "/territories/articulation", "1",
    "capacity share of local actors working through the committee [0,1]",
    &Territories::articulation, W::yearly};
inline constexpr Member empowered_share{
    "/territories/empowered_share", "1",
    "capacity share of articulated actors weighted by their empowerment [0,1]",
    &Territories::empowered_share, W::yearly};
inline constexpr Member unmet_needs{"/territories/unmet_needs", "1", "index of unmet needs [0,1]",
                                    &Territories::unmet_needs, W::yearly};
inline constexpr Member mayor_priority{"/territories/mayor_priority", "1",
                                       "the mayor's priority for international action [0,1]",
                                       &Territories::mayor_priority, W::yearly};
inline constexpr Member effort{"/territories/effort", "1",
                               "the government's international effort this year [0,1]",
                               &Territories::effort, W::yearly};
inline constexpr Member budget_line_cop{"/territories/budget_line_cop", "COP",
                                        "budget line for international action",
                                        &Territories::budget_line_cop, W::yearly};
inline constexpr Member conflict_events{"/territories/conflict_events", "events/year",
                                        "armed-conflict events this year",
                                        &Territories::conflict_events, W::yearly};
inline constexpr Member proposals{"/territories/proposals", "1",
                                  "proposals written this year (official and lone-actor)",
                                  &Territories::proposals, W::yearly};
inline constexpr Member active_projects{"/territories/active_projects", "1",
                                        "projects disbursing this year",
                                        &Territories::active_projects, W::yearly};
inline constexpr Member twinning_partners{"/territories/twinning_partners", "1",
                                          "twinning partnerships", &Territories::twinning_partners,
                                          W::yearly};
inline constexpr Member network_memberships{"/territories/network_memberships", "1",
                                            "memberships of international networks",
                                            &Territories::network_memberships, W::yearly};
inline constexpr Member government_changed{"/territories/government_changed", "1",
                                           "1 when a new government term started this year",
                                           &Territories::government_changed, W::yearly};

inline constexpr std::tuple table{&name,
                                  &department,
                                  &population,
                                  &category,
                                  &is_capital,
                                  &rural_share,
                                  &ethnic_share,
                                  &budget_cop,
                                  &received_cop,
                                  &received_usd,
                                  &stage,
                                  &committee,
                                  &technical,
                                  &planning,
                                  &visibility,
                                  &articulation,
                                  &empowered_share,
                                  &unmet_needs,
                                  &mayor_priority,
                                  &effort,
                                  &budget_line_cop,
                                  &conflict_events,
                                  &proposals,
                                  &active_projects,
                                  &twinning_partners,
                                  &network_memberships,
                                  &government_changed};

}  // namespace coopsim::columns::territories
