#pragma once
// The columns of the run as a whole: the axes' scales, the national yearly series, the routes
// and the sparse flows table, one row each, in the order of the file.
#include <tuple>

#include "sim/columns/derived_values.hpp"

namespace coopsim::columns {

using W = Written;

namespace scales {
inline constexpr Derived years{output::axis_scale_path(Axis::year), Axis::year,      "year",
                               "simulated calendar year",           &derived::years, W::once};
inline constexpr Member dane_code{output::axis_scale_path(Axis::territory), "",
                                  "DANE DIVIPOLA code of the municipality",
                                  &agents::Territories::dane_code, W::once};
inline constexpr Derived donor_id{
    output::axis_scale_path(Axis::donor), Axis::donor,         "",
    "donor index, in scenario order",     &derived::donor_ids, W::once};
inline constexpr Derived actor_id{output::axis_scale_path(Axis::actor),
                                  Axis::actor,
                                  "",
                                  "local actor index",
                                  &derived::actor_ids,
                                  W::once};
inline constexpr Derived route_id{
    output::axis_scale_path(Axis::route),          Axis::route,         "",
    "access route index (Table 1 of the article)", &derived::route_ids, W::once};
inline constexpr Derived flow_id{output::axis_scale_path(Axis::flow),
                                 Axis::flow,
                                 "",
                                 "row of the sparse donor x territory flow table",
                                 &derived::flow_ids,
                                 W::once};
inline constexpr Derived project_id{
    output::axis_scale_path(Axis::project), Axis::project,         "",
    "project id, in order of approval",     &derived::project_ids, W::once};

inline constexpr std::tuple table{&years,    &dane_code, &donor_id,  &actor_id,
                                  &route_id, &flow_id,   &project_id};
}  // namespace scales

namespace national {
inline constexpr Derived cop_per_usd{"/cop_per_usd",
                                     std::nullopt,
                                     "COP/USD",
                                     "exchange rate used to convert this year's disbursements",
                                     &derived::cop_per_usd,
                                     W::yearly};
inline constexpr Derived received_cop{"/national/received_cop",
                                      std::nullopt,
                                      "COP",
                                      "cooperation placed with national-level recipients",
                                      &derived::national_cop,
                                      W::yearly};
inline constexpr Derived received_usd{"/national/received_usd",
                                      std::nullopt,
                                      "USD",
                                      "cooperation placed with national-level recipients",
                                      &derived::national_usd,
                                      W::yearly};

inline constexpr std::tuple table{&cop_per_usd, &received_cop, &received_usd};
}  // namespace national

namespace routes {
inline constexpr Derived name{"/routes/name", Axis::route,           "",
                              "access route", &derived::route_names, W::once};
inline constexpr Derived proposals{
    "/routes/proposals",       Axis::route, "1", "proposals written this year through each route",
    &derived::route_proposals, W::yearly};
inline constexpr Derived regional_proposals{
    "/routes/regional_proposals",
    Axis::route,
    "1",
    "proposals bundled by a regional ally (regional proposals) through each route",
    &derived::route_regional_proposals,
    W::yearly};
inline constexpr Derived received_cop{"/routes/received_cop",
                                      Axis::route,
                                      "COP",
                                      "cooperation disbursed to territories through each route",
                                      &derived::route_received_cop,
                                      W::yearly};

inline constexpr std::tuple table{&name, &proposals, &regional_proposals, &received_cop};
}  // namespace routes

// Sparse flows: one row per (year, donor, territory, route) with money moving.
namespace flows {
inline constexpr Derived year{"/flows/year",      Axis::flow,           "year",
                              "year of the flow", &derived::flow_years, W::at_end};
inline constexpr Derived donor{"/flows/donor_id",     Axis::flow, "", "paying donor",
                               &derived::flow_donors, W::at_end};
inline constexpr Derived dane_code{"/flows/dane_code",        Axis::flow, "", "receiving territory",
                                   &derived::flow_dane_codes, W::at_end};
inline constexpr Derived route{"/flows/route_id",     Axis::flow, "", "access route",
                               &derived::flow_routes, W::at_end};
inline constexpr Derived amount_cop{"/flows/amount_cop", Axis::flow,         "COP",
                                    "amount disbursed",  &derived::flow_cop, W::at_end};
inline constexpr Derived amount_usd{"/flows/amount_usd", Axis::flow,         "USD",
                                    "amount disbursed",  &derived::flow_usd, W::at_end};

inline constexpr std::tuple table{&year, &donor, &dane_code, &route, &amount_cop, &amount_usd};
}  // namespace flows

}  // namespace coopsim::columns
