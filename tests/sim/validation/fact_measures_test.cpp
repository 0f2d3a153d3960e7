// The fact measures on small hand-made records, where the right answer can be worked out.
#include "sim/validation/fact_measures.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace coopsim::validation {
namespace {

using output::Axis;
using output::Column;

// A record with `years` from 2008, `territories` territories, `projects` projects and the
// seven routes; measures add the columns they read.
struct HandMadeRun {
    output::RunRecord record;
    scenario::Scenario scenario;

    HandMadeRun(int years, int territories, int projects) {
        add_scale("/years", Axis::year, years, 2008);
        add_scale("/territories/dane_code", Axis::territory, territories, 1001);
        add_scale("/donors/donor_id", Axis::donor, 1, 0);
        add_scale("/routes/route_id", Axis::route, scenario::kRouteCount, 0);
        add_scale("/projects/project_id", Axis::project, projects, 0);
        for (int t = 0; t < territories; ++t) {
            scenario::TerritorySpec spec;
            spec.dane_code = 1001 + t;
            scenario.territories.push_back(spec);
        }
    }

    void add_scale(const char* path, Axis axis, int length, int first) {
        std::vector<std::int32_t> values(static_cast<std::size_t>(length));
        std::iota(values.begin(), values.end(), first);
        record.columns.push_back(Column{path, {axis}, "", "", values});
    }
    void add(const char* path, std::vector<Axis> axes, std::vector<double> values) {
        record.columns.push_back(Column{path, std::move(axes), "", "", std::move(values)});
    }
};

// At a change of government, 1 of the 2 strategies without empowered actors lapses and none of
// the 2 with them: the gap is 0.5 - 0 = 0.5.
TEST(FactMeasures, LapseGapComparesEmpoweredAndNot) {
    HandMadeRun run(2, 4, 0);
    run.add("/territories/government_changed", {Axis::year, Axis::territory},
            {0, 0, 0, 0, 1, 1, 1, 1});
    run.add("/territories/stage", {Axis::year, Axis::territory}, {1, 1, 2, 1, 0, 1, 2, 1});
    run.add("/territories/empowered_share", {Axis::year, Axis::territory},
            {0.0, 0.1, 0.5, 0.9, 0, 0, 0, 0});
    RunView view(run.record, run.scenario);
    EXPECT_DOUBLE_EQ(lapse_gap(view), 0.5);
}

// 20 open-call proposals and 3 new open-call projects: odds 0.15; a renewal and a project on
// the official route do not count.
TEST(FactMeasures, OpenCallOddsCountNewProjectsOnly) {
    HandMadeRun run(1, 1, 5);
    std::vector<double> proposals(scenario::kRouteCount, 0.0);
    proposals[static_cast<int>(scenario::Route::official_open_call)] = 10;
    proposals[static_cast<int>(scenario::Route::decentralised_open_call)] = 10;
    proposals[static_cast<int>(scenario::Route::official_national_agency)] = 50;
    run.add("/routes/proposals", {Axis::year, Axis::route}, proposals);
    run.add("/projects/route_id", {Axis::project}, {1, 1, 2, 2, 0});
    run.add("/projects/renewal", {Axis::project}, {0, 0, 0, 1, 0});
    RunView view(run.record, run.scenario);
    EXPECT_DOUBLE_EQ(open_call_odds(view), 3.0 / 20.0);
}

// Commitments count in the year of approval, at that year's rate, for the case only.
TEST(FactMeasures, CaseCommitmentsInThePeriod) {
    HandMadeRun run(5, 2, 3);
    run.add("/cop_per_usd", {Axis::year}, {2000, 2100, 2200, 2300, 2400});
    run.add("/projects/dane_code", {Axis::project}, {1001, 1001, 1002});
    run.add("/projects/approved_year", {Axis::project}, {2009, 2012, 2009});
    run.add("/projects/amount_usd", {Axis::project}, {100, 100, 100});
    RunView view(run.record, run.scenario);
    EXPECT_DOUBLE_EQ(case_committed_cop(view, 1001, {2008, 2011}), 100.0 * 2100);
}

// Remote small municipalities' median (0 and 10: 5) over the capitals' median (100): 0.05.
// A category-6 municipality near the capital is in neither group.
TEST(FactMeasures, RemoteToCentralMedians) {
    HandMadeRun run(1, 4, 0);
    run.scenario.territories[0].is_capital = true;
    run.scenario.territories[0].category = 1;
    for (int t : {1, 2})
        run.scenario.territories[t].distance_to_capital_km = 80;
    run.scenario.territories[3].distance_to_capital_km = 10;
    run.add("/territories/cooperation_received_cop", {Axis::year, Axis::territory},
            {100, 0, 10, 1000});
    RunView view(run.record, run.scenario);
    EXPECT_DOUBLE_EQ(remote_to_central(view, {2008, 2008}), 0.05);
}

// A strategy started in the second year brings money two years later: lag 2. A territory the
// scenario starts with a strategy is left out.
TEST(FactMeasures, LagFromStrategyToFirstMoney) {
    HandMadeRun run(4, 2, 0);
    run.scenario.territories[1].stage = scenario::StrategyStage::formal;
    run.add("/territories/stage", {Axis::year, Axis::territory}, {0, 2, 1, 2, 1, 2, 1, 2});
    run.add("/territories/cooperation_received_cop", {Axis::year, Axis::territory},
            {0, 9, 0, 9, 0, 9, 5, 9});
    RunView view(run.record, run.scenario);
    EXPECT_DOUBLE_EQ(strategy_to_first_receipt_years(view), 2.0);
}

// The article's 2008-2011 when the run covers it; otherwise the run's first four years.
TEST(FactMeasures, ReferencePeriod) {
    const auto is = [](Period p, int first, int last) {
        return p.first == first && p.last == last;
    };
    EXPECT_TRUE(is(reference_period(2000, 2040), 2008, 2011));
    EXPECT_TRUE(is(reference_period(2010, 2025), 2010, 2013));
    EXPECT_TRUE(is(reference_period(2008, 2009), 2008, 2009));
}

// A measure reading a column the record lacks is a programming error, reported as such.
TEST(FactMeasures, MissingColumnIsALogicError) {
    HandMadeRun run(1, 1, 0);
    RunView view(run.record, run.scenario);
    EXPECT_THROW(lapse_gap(view), std::logic_error);
}

}  // namespace
}  // namespace coopsim::validation
