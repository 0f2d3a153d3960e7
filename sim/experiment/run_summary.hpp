#pragma once
// What a sweep keeps of every run when it does not keep trajectories: named indicators per
// year (money to territories and nationally, concentration, strategies, committees, proposals,
// money by route) and the run's stylised-fact measures (sim/validation). docs/EXPERIMENTS.md
// lists them.
#include <string>
#include <vector>

#include "output/run_record.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::experiment {

struct Indicator {
    std::string name;
    std::string unit;
    std::string description;
    std::vector<double> by_year;  // one value per simulated year
};

struct RunSummary {
    std::vector<Indicator> indicators;  // the same names, in the same order, for every run
    std::vector<std::string> fact_ids;  // "SF1a", ...
    std::vector<double> fact_values;    // NaN where not measurable
};

RunSummary summarise_run(const output::RunRecord& record, const scenario::Scenario& scenario);

// The indicators' names, units and descriptions, without a run (for empty or failed runs).
std::vector<Indicator> indicator_catalogue(std::size_t years);

}  // namespace coopsim::experiment
