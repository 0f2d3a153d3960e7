#pragma once
// The measures of one run that the stylised facts of the model brief are judged on; each is a
// number, NaN where the run cannot measure it (no open-call proposal, no change of government).
// docs/VALIDATION.md gives each measure's definition and why it stands for its fact.
#include <vector>

#include "sim/scenario/scenario.hpp"
#include "sim/validation/run_view.hpp"

namespace coopsim::validation {

struct Period {
    int first = 0, last = 0;  // calendar years, inclusive
};
// The article's period (2008-2011) when the simulated years [first, last] cover it; their first
// four years otherwise.
Period reference_period(int first, int last);
Period reference_period(const RunView& run);

// Cooperation received by each territory over `period`, COP.
std::vector<double> received_over(RunView& run, Period period);

// SF1a: Gini coefficient of cooperation received over `period` across territories.
double concentration_gini(RunView& run, Period period);
// SF1b: median cooperation received over `period` by remote small municipalities (categories
// 5-6, at least kRemoteKm from the departmental capital, not capitals) over the median of
// capitals and intermediate cities (capitals, categories special to 3). NaN when a group is
// empty or the latter median is zero.
inline constexpr double kRemoteKm = 40.0;
double remote_to_central(RunView& run, Period period);
// SF2: cooperation received by the territory with `dane_code` over [first, last], COP.
double case_received_cop(RunView& run, int dane_code, Period period);
// SF2: cooperation secured by that territory in [first, last]: the amounts of the projects
// approved for it in those years (renewals included), in COP at the rate of the approval year.
// The article's figure is of resources "gestionados" (managed, Fig. 2), like APC's approvals.
double case_committed_cop(RunView& run, int dane_code, Period period);
// SF3: new projects approved through open calls per open-call proposal, over the run.
double open_call_odds(RunView& run);
// SF4: at the start of a new government term, the share of strategies (stage exploring or
// formal the year before) that drop a stage, among territories whose empowered share was below
// kEmpoweredShare, minus that share among those at or above it.
inline constexpr double kEmpoweredShare = 0.3;
double lapse_gap(RunView& run);
// SF5: approvals per proposal of regional (bundled) proposals over those of the other proposals
// on the routes allies bundle (official and open calls), over the run.
double regional_odds_ratio(RunView& run);
// SF6: what donors of `types` disbursed in `year` over what they disbursed in `base_year`.
double disbursed_ratio(RunView& run, const std::vector<scenario::DonorType>& types, int year,
                       int base_year);
// SF7: what donors of `types` disbursed in `year`, USD.
double disbursed_usd(RunView& run, const std::vector<scenario::DonorType>& types, int year);
// SF8a: median years from a territory's first strategy (exploring or formal) to its first
// cooperation received, among territories that start one during the run and then receive.
double strategy_to_first_receipt_years(RunView& run);
// SF8b: mean years from a project's approval to its last disbursement.
double project_span_years(RunView& run);

// Donor types counted as official development assistance, and as new sources (§2).
const std::vector<scenario::DonorType>& oda_types();
const std::vector<scenario::DonorType>& new_source_types();
const std::vector<scenario::DonorType>& traditional_types();  // bilateral and decentralised

}  // namespace coopsim::validation
