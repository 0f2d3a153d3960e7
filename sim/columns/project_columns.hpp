#pragma once
// The project table (/projects/...), one row each, in the order of the file: written at the end
// of the run, one value per project approved.
#include <tuple>

#include "sim/columns/derived_values.hpp"

namespace coopsim::columns::projects {

using agents::Projects;
using W = Written;

inline constexpr Member donor{"/projects/donor_id", "", "funding donor", &Projects::donor,
                              W::at_end};
inline constexpr Derived dane_code{
    "/projects/dane_code",        Axis::project, "", "territory of the project",
    &derived::project_dane_codes, W::at_end};
inline constexpr Member actor{"/projects/actor_id", "", "lone actor carrying it, -1 otherwise",
                              &Projects::actor, W::at_end};
inline constexpr Member route{"/projects/route_id", "", "access route", &Projects::route,
                              W::at_end};
inline constexpr Member carrier{
    "/projects/carrier", "",        "who carries it: government, committee or actor",
    &Projects::carrier,  W::at_end, Stored::name};
inline constexpr Member regional{"/projects/regional", "1", "1 for a regional (bundled) project",
                                 &Projects::regional, W::at_end};
inline constexpr Member renewal{"/projects/renewal", "1", "1 for a renewal of an earlier project",
                                &Projects::renewal, W::at_end};
inline constexpr Member amount_usd{"/projects/amount_usd", "USD", "amount committed",
                                   &Projects::amount_usd, W::at_end};
inline constexpr Member disbursed_usd{"/projects/disbursed_usd", "USD",
                                      "amount disbursed by the end of the run",
                                      &Projects::disbursed_usd, W::at_end};
inline constexpr Member disbursed_cop{"/projects/disbursed_cop", "COP",
                                      "amount disbursed by the end of the run",
                                      &Projects::disbursed_cop, W::at_end};
inline constexpr Member approved_year{"/projects/approved_year", "year", "year of approval",
                                      &Projects::approved_year, W::at_end};
inline constexpr Member start_year{"/projects/start_year", "year", "first year of disbursement",
                                   &Projects::start_year, W::at_end};
inline constexpr Member duration{"/projects/duration_years", "years", "duration",
                                 &Projects::duration, W::at_end};
inline constexpr Member outcome{"/projects/outcome", "",        "ongoing, success or failure",
                                &Projects::outcome,  W::at_end, Stored::name};

inline constexpr std::tuple table{
    &donor,      &dane_code,     &actor,         &route,         &carrier,    &regional, &renewal,
    &amount_usd, &disbursed_usd, &disbursed_cop, &approved_year, &start_year, &duration, &outcome};

}  // namespace coopsim::columns::projects
