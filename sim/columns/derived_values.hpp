#pragma once
// The values of the derived columns (Derived rows of the column tables): what the recorder
// computes from the world or from what it has seen, rather than copying one member.
#include <cstdint>
#include <string>
#include <vector>

#include "sim/columns/column_rows.hpp"

namespace coopsim::columns::derived {

using I32 = std::int32_t;

// Scales: the simulated years, and 0, 1, ... n-1 for the other axes.
std::vector<I32> years(const Recorded& r);
std::vector<I32> donor_ids(const Recorded& r);
std::vector<I32> actor_ids(const Recorded& r);
std::vector<I32> route_ids(const Recorded& r);
std::vector<I32> flow_ids(const Recorded& r);
std::vector<I32> project_ids(const Recorded& r);

// Descriptions from the scenario.
std::vector<std::string> territory_names(const Recorded& r);
std::vector<std::string> department_names(const Recorded& r);
std::vector<std::string> donor_names(const Recorded& r);
std::vector<std::string> donor_types(const Recorded& r);
std::vector<std::string> donor_presences(const Recorded& r);
std::vector<I32> actor_dane_codes(const Recorded& r);
std::vector<std::string> route_names(const Recorded& r);

// This year's national values.
std::vector<double> cop_per_usd(const Recorded& r);
std::vector<double> national_cop(const Recorded& r);
std::vector<double> national_usd(const Recorded& r);

// What each donor paid out this year (territories and national recipients).
std::vector<double> donor_disbursed_cop(const Recorded& r);
std::vector<double> donor_disbursed_usd(const Recorded& r);

// This year's proposals and money by route.
std::vector<I32> route_proposals(const Recorded& r);
std::vector<I32> route_regional_proposals(const Recorded& r);
std::vector<double> route_received_cop(const Recorded& r);

// The sparse flows seen over the run: one row per (year, donor, territory, route).
std::vector<I32> flow_years(const Recorded& r);
std::vector<I32> flow_donors(const Recorded& r);
std::vector<I32> flow_dane_codes(const Recorded& r);
std::vector<I32> flow_routes(const Recorded& r);
std::vector<double> flow_cop(const Recorded& r);
std::vector<double> flow_usd(const Recorded& r);

std::vector<I32> project_dane_codes(const Recorded& r);

}  // namespace coopsim::columns::derived
