#pragma once
// The donors' columns (/donors/...), one row each, in the order of the file.
#include <tuple>

#include "sim/columns/derived_values.hpp"

namespace coopsim::columns::donors {

using agents::Donors;
using W = Written;

inline constexpr Derived name{"/donors/name", Axis::donor,           "",
                              "donor name",   &derived::donor_names, W::once};
inline constexpr Derived type{"/donors/type", Axis::donor,           "",
                              "donor type",   &derived::donor_types, W::once};
inline constexpr Derived presence{
    "/donors/presence",        Axis::donor, "", "where the donor is present",
    &derived::donor_presences, W::once};

inline constexpr Member budget_usd{"/donors/budget_usd", "USD", "budget for Colombia this year",
                                   &Donors::budget_usd, W::yearly};
inline constexpr Member budget_cop{"/donors/budget_cop", "COP",
                                   "budget for Colombia this year at this year's rate",
                                   &Donors::budget_cop, W::yearly};
inline constexpr Derived disbursed_cop{
    "/donors/disbursed_cop",
    Axis::donor,
    "COP",
    "paid out this year to territories and national-level recipients",
    &derived::donor_disbursed_cop,
    W::yearly};
inline constexpr Derived disbursed_usd{
    "/donors/disbursed_usd",
    Axis::donor,
    "USD",
    "paid out this year to territories and national-level recipients",
    &derived::donor_disbursed_usd,
    W::yearly};
inline constexpr Member territorial_cop{"/donors/territorial_cop", "COP",
                                        "paid out this year to territories",
                                        &Donors::territorial_cop, W::yearly};
inline constexpr Member national_cop{"/donors/national_cop", "COP",
                                     "paid out this year to national-level recipients",
                                     &Donors::national_cop, W::yearly};
inline constexpr Member tranche_scale{
    "/donors/tranche_scale", "1", "share of owed tranches honoured this year (below 1 in a cut)",
    &Donors::tranche_scale, W::yearly};
inline constexpr Member partners{"/donors/partners", "1",
                                 "territories with an active project of the donor",
                                 &Donors::partners, W::yearly};
inline constexpr Member proposals_received{"/donors/proposals_received", "1",
                                           "proposals addressed to the donor this year",
                                           &Donors::proposals_received, W::yearly};
inline constexpr Member approved{"/donors/approved", "1",
                                 "projects approved this year (renewals included)",
                                 &Donors::approved, W::yearly};

inline constexpr std::tuple table{
    &name,         &type,          &presence,      &budget_usd,
    &budget_cop,   &disbursed_cop, &disbursed_usd, &territorial_cop,
    &national_cop, &tranche_scale, &partners,      &proposals_received,
    &approved};

}  // namespace coopsim::columns::donors
