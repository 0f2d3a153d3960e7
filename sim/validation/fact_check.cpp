#include "sim/validation/fact_check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

#include "sim/engine/simulation.hpp"
#include "sim/validation/ensemble_statistics.hpp"
#include "sim/validation/fact_measures.hpp"

namespace coopsim::validation {

namespace {

using scenario::Scenario;
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Bounds {
    double low = -kInf, high = kInf;
};

// One row of the check: what it measures on a run, and the target it must meet. Targets are
// the article's facts (docs/VALIDATION.md explains each number); SF2 and SF7 take theirs from
// the scenario's `targets`, since they concern one territory or the whole country.
struct RowDefinition {
    const char* id;
    const char* fact;
    const char* measure;
    const char* statistic;
    const char* unit;
    std::function<std::optional<Bounds>(const Scenario&)> bounds;
    std::function<double(RunView&)> measure_run;  // empty for the counterfactual row
};

std::optional<Bounds> fixed(double low, double high) {
    return Bounds{low, high};
}

Bounds around(double amount, double tolerance) {
    return {amount * (1.0 - tolerance), amount * (1.0 + tolerance)};
}

std::vector<RowDefinition> row_definitions() {
    using Types = std::vector<scenario::DonorType>;
    return {
        {"SF1a", "SF1", "Gini of cooperation received over territories, 2008-11", "mean", "",
         [](const Scenario&) { return fixed(0.6, 1.0); },
         [](RunView& run) { return concentration_gini(run, reference_period(run)); }},
        {"SF1b", "SF1", "median received, remote small / capitals and cities, 2008-11", "mean", "",
         [](const Scenario&) { return fixed(0.0, 0.1); },
         [](RunView& run) { return remote_to_central(run, reference_period(run)); }},
        {"SF2a", "SF2", "secured by the case territory in the target years", "median", "COP M",
         [](const Scenario& s) -> std::optional<Bounds> {
             if (!s.targets.case_target) return std::nullopt;
             return Bounds{s.targets.case_target->received_cop_min,
                           s.targets.case_target->received_cop_max};
         },
         [](RunView& run) {
             const auto& c = *run.scenario().targets.case_target;
             return case_committed_cop(run, c.dane_code, {c.first_year, c.last_year});
         }},
        {"SF2c", "SF2", "of which disbursed in those years (reference)", "median", "COP M",
         [](const Scenario& s) -> std::optional<Bounds> {
             if (!s.targets.case_target) return std::nullopt;
             return Bounds{};  // shown, not judged
         },
         [](RunView& run) {
             const auto& c = *run.scenario().targets.case_target;
             return case_received_cop(run, c.dane_code, {c.first_year, c.last_year});
         }},
        {"SF2b",
         "SF2",
         "the same without committee and agenda / SF2a",
         "ratio of medians",
         "",
         [](const Scenario& s) -> std::optional<Bounds> {
             if (!s.targets.case_target) return std::nullopt;
             return Bounds{0.0, s.targets.case_target->counterfactual_max_share};
         },
         {}},
        {"SF3", "SF3", "new projects per open-call proposal", "mean", "",
         [](const Scenario&) { return fixed(0.002, 0.1); },
         [](RunView& run) { return open_call_odds(run); }},
        {"SF4", "SF4", "strategies lost at a new term: not empowered - empowered", "mean", "",
         [](const Scenario&) { return fixed(0.15, 1.0); },
         [](RunView& run) { return lapse_gap(run); }},
        {"SF5", "SF5", "approvals per proposal, regional / others", "mean", "",
         [](const Scenario&) { return fixed(1.2, kInf); },
         [](RunView& run) { return regional_odds_ratio(run); }},
        {"SF6a", "SF6", "bilateral and decentralised disbursed, 2013 / 2010", "mean", "",
         [](const Scenario&) { return fixed(0.0, 0.95); },
         [](RunView& run) { return disbursed_ratio(run, traditional_types(), 2013, 2010); }},
        {"SF6b", "SF6", "South-South disbursed, 2014 / 2010", "mean", "",
         [](const Scenario&) { return fixed(1.3, kInf); },
         [](RunView& run) {
             return disbursed_ratio(run, Types{scenario::DonorType::south_south}, 2014, 2010);
         }},
        {"SF7a", "SF7", "official development assistance in the target year", "mean", "USD M",
         [](const Scenario& s) -> std::optional<Bounds> {
             if (!s.targets.oda) return std::nullopt;
             return around(s.targets.oda->oda_usd, s.targets.oda->tolerance);
         },
         [](RunView& run) {
             return disbursed_usd(run, oda_types(), run.scenario().targets.oda->year);
         }},
        {"SF7b", "SF7", "new sources (South-South, foundations) in the target year", "mean",
         "USD M",
         [](const Scenario& s) -> std::optional<Bounds> {
             if (!s.targets.oda) return std::nullopt;
             return around(s.targets.oda->new_sources_usd, s.targets.oda->tolerance);
         },
         [](RunView& run) {
             return disbursed_usd(run, new_source_types(), run.scenario().targets.oda->year);
         }},
        {"SF8a", "SF8", "median years from a new strategy to its first money", "mean", "years",
         [](const Scenario&) { return fixed(1.0, kInf); },
         [](RunView& run) { return strategy_to_first_receipt_years(run); }},
        {"SF8b", "SF8", "years from a project's approval to its last tranche", "mean", "years",
         [](const Scenario&) { return fixed(2.0, kInf); },
         [](RunView& run) { return project_span_years(run); }},
    };
}

bool listed(const Scenario& s, const std::string& fact) {
    const auto& facts = s.targets.facts;
    return std::find(facts.begin(), facts.end(), fact) != facts.end();
}

// "2008-11" in a row's text stands for the reference period; this names the one used.
std::string with_period(std::string text, const Scenario& s) {
    const Period period = reference_period(s.start_year, s.end_year);
    const std::string placeholder = "2008-11";
    const auto at = text.find(placeholder);
    if (at == std::string::npos) return text;
    char years[16];
    std::snprintf(years, sizeof years, "%d-%02d", period.first, period.last % 100);
    return text.replace(at, placeholder.size(), years);
}

std::vector<double> defined(const std::vector<double>& values) {
    std::vector<double> out;
    std::copy_if(values.begin(), values.end(), std::back_inserter(out),
                 [](double v) { return !std::isnan(v); });
    return out;
}

std::string bound_text(double value, const std::string& unit) {
    const double shown = unit.ends_with(" M") ? value / 1e6 : value;
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", shown);
    return text;
}

std::string target_text(const Bounds& b, const std::string& unit) {
    if (std::isinf(b.high)) return ">= " + bound_text(b.low, unit);
    if (b.low <= 0.0) return "<= " + bound_text(b.high, unit);
    return "[" + bound_text(b.low, unit) + ", " + bound_text(b.high, unit) + "]";
}

// Fills the statistic, interval and verdict of `row` from the replications' values.
void judge(FactRow& row, const std::vector<double>& values, double statistic,
           const std::optional<Bounds>& bounds, bool checked) {
    const std::vector<double> ok = defined(values);
    row.measured = static_cast<int>(ok.size());
    row.value = ok.empty() ? kNaN : statistic;
    row.p05 = quantile(ok, 0.05);
    row.p95 = quantile(ok, 0.95);
    const bool informative = bounds && std::isinf(bounds->low) && std::isinf(bounds->high);
    if (bounds) {
        row.low = bounds->low;
        row.high = bounds->high;
        row.target = informative ? "-" : target_text(*bounds, row.unit);
    } else {
        row.target = "not targeted";
    }
    if (informative)
        row.verdict = Verdict::info;
    else if (!checked || !bounds)
        row.verdict = Verdict::not_checked;
    else if (ok.empty() || std::isnan(row.value))
        row.verdict = Verdict::not_measured;
    else
        row.verdict =
            (row.value >= row.low && row.value <= row.high) ? Verdict::pass : Verdict::fail;
}

// The rows a single run measures (all but the counterfactual's; SF2 and SF7 only where the
// scenario targets them), each with its value on `record`, in the rows' order.
std::vector<RunMeasure> measure_rows(const std::vector<RowDefinition>& definitions,
                                     const output::RunRecord& record, const Scenario& scenario) {
    RunView run(record, scenario);
    std::vector<RunMeasure> measures;
    for (const auto& definition : definitions)
        if (definition.measure_run && definition.bounds(scenario))
            measures.push_back({definition.id, definition.measure_run(run)});
    return measures;
}

}  // namespace

const char* to_string(Verdict verdict) {
    switch (verdict) {
        case Verdict::pass:
            return "pass";
        case Verdict::fail:
            return "FAIL";
        case Verdict::not_measured:
            return "FAIL (not measured)";
        case Verdict::not_checked:
            return "not checked";
        case Verdict::info:
            return "info";
    }
    return "";
}

bool CheckReport::all_pass() const {
    return std::none_of(rows.begin(), rows.end(), [](const FactRow& row) {
        return row.verdict == Verdict::fail || row.verdict == Verdict::not_measured;
    });
}

Scenario without_strategy(Scenario scenario, int dane_code) {
    for (auto& t : scenario.territories) {
        if (t.dane_code != dane_code) continue;
        t.committee = false;
        t.committee_allowed = false;
        t.max_stage = std::min(t.max_stage, scenario::StrategyStage::exploring);
        t.stage = std::min(t.stage, scenario::StrategyStage::exploring);
        std::erase_if(t.strategy_events, [](const scenario::StrategyEvent& e) {
            return e.kind != scenario::StrategyEventKind::training;
        });
    }
    return scenario;
}

std::vector<RunMeasure> measure_run(const output::RunRecord& record, const Scenario& scenario) {
    return measure_rows(row_definitions(), record, scenario);
}

CheckReport check_facts(const Scenario& scenario, const CheckOptions& options) {
    const auto definitions = row_definitions();
    std::map<std::string, std::size_t> row_index;
    for (std::size_t k = 0; k < definitions.size(); ++k)
        row_index[definitions[k].id] = k;
    const int replications = std::max(1, options.replications);
    const bool counterfactual = listed(scenario, "SF2") && scenario.targets.case_target;
    const int runs = replications * (counterfactual ? 2 : 1);
    std::vector<std::vector<double>> values(definitions.size());
    std::vector<double> with_strategy, without;
    int done = 0;
    engine::RunOptions run_options;
    run_options.threads = options.threads;
    for (int r = 0; r < replications; ++r) {
        Scenario replica = scenario;
        replica.seed = scenario.seed + static_cast<std::uint64_t>(r);
        {
            const output::RunRecord record = engine::simulate(replica, run_options);
            for (const auto& measure : measure_rows(definitions, record, replica))
                values[row_index.at(measure.id)].push_back(measure.value);
            if (options.on_run_done) options.on_run_done(++done, runs);
        }
        if (!counterfactual) continue;
        const auto& target = *scenario.targets.case_target;
        const Scenario alternative = without_strategy(replica, target.dane_code);
        const output::RunRecord record = engine::simulate(alternative, run_options);
        RunView run(record, alternative);
        without.push_back(
            case_committed_cop(run, target.dane_code, {target.first_year, target.last_year}));
        if (options.on_run_done) options.on_run_done(++done, runs);
    }

    CheckReport report;
    report.scenario_name = scenario.name;
    report.seed = scenario.seed;
    report.replications = replications;
    std::size_t case_row = definitions.size();
    for (std::size_t k = 0; k < definitions.size(); ++k) {
        const auto& definition = definitions[k];
        FactRow row;
        row.id = definition.id;
        row.fact = definition.fact;
        row.measure = with_period(definition.measure, scenario);
        row.statistic = definition.statistic;
        row.unit = definition.unit;
        const auto bounds = definition.bounds(scenario);
        const bool checked = listed(scenario, row.fact);
        if (definition.measure_run) {
            if (row.id == "SF2a") case_row = k;
            const double statistic =
                row.statistic == "median" ? median(defined(values[k])) : mean(defined(values[k]));
            judge(row, values[k], statistic, bounds, checked);
        } else {
            // The counterfactual: paired replications (same seed) give the interval; the
            // statistic is the ratio of the two medians.
            if (case_row < definitions.size()) with_strategy = values[case_row];
            std::vector<double> shares;
            for (std::size_t r = 0; r < without.size() && r < with_strategy.size(); ++r)
                shares.push_back(with_strategy[r] > 0 ? without[r] / with_strategy[r] : kNaN);
            const double with_median = median(defined(with_strategy));
            const double statistic =
                with_median > 0 ? median(defined(without)) / with_median : kNaN;
            judge(row, shares, statistic, bounds, checked && counterfactual);
        }
        report.rows.push_back(std::move(row));
    }
    return report;
}

}  // namespace coopsim::validation
