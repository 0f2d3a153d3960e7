#pragma once
// `coopsim check`: runs an ensemble of replications of a scenario (and, for SF2, of its
// counterfactual) and compares the measures of fact_measures.hpp with the stylised facts of
// the model brief. Replication r runs with seed + r, so `coopsim run --seed` reproduces any
// of them; results do not depend on the thread count.
#include <functional>
#include <string>
#include <vector>

#include "output/run_record.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::validation {

enum class Verdict { pass, fail, not_measured, not_checked, info };
const char* to_string(Verdict verdict);

struct FactRow {
    std::string id;            // "SF1a"
    std::string fact;          // "SF1"
    std::string measure;       // what is measured, in words
    std::string target;        // e.g. ">= 0.6"
    std::string statistic;     // "mean" or "median" over replications
    std::string unit;          // how values print: "", "COP M", "USD M", "years"
    double low = 0, high = 0;  // the target interval; the statistic must lie in it
    double value = 0;          // the statistic; NaN when not measured
    double p05 = 0, p95 = 0;   // 90 % interval of the replications' values
    int measured = 0;          // replications in which the measure was defined
    Verdict verdict = Verdict::not_checked;
};

struct CheckOptions {
    int replications = 10;
    int threads = 0;  // per run; 0: all hardware threads
    // Called after each run with (runs done, runs in all).
    std::function<void(int, int)> on_run_done;
};

struct CheckReport {
    std::string scenario_name;
    std::uint64_t seed = 0;
    int replications = 0;
    std::vector<FactRow> rows;
    // True when every checked row passes (a checked row that cannot be measured fails).
    bool all_pass() const;
};

// The measures of one run (every row but the counterfactual's, and SF2/SF7 only where the
// scenario targets them), by row id in the check's order: what a sweep keeps of each run.
struct RunMeasure {
    std::string id;
    double value = 0;  // NaN where the run cannot measure it
};
std::vector<RunMeasure> measure_run(const output::RunRecord& record,
                                    const scenario::Scenario& scenario);

CheckReport check_facts(const scenario::Scenario& scenario, const CheckOptions& options = {});

// The scenario with territory `dane_code` stripped of its strategy: no committee ever, no
// formal agenda, none of its scripted committee, agenda, recognition or university events
// (trainings stay: the national agency offers them to every small municipality). This is
// what scenarios/caldono-no-committee.json writes out for Caldono.
scenario::Scenario without_strategy(scenario::Scenario scenario, int dane_code);

}  // namespace coopsim::validation
