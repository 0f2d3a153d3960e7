// The summary printed after a run, on a small hand-made record: three territories, two years,
// two routes, at 2,000 COP per USD.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "sim/cli/run_summary.hpp"

namespace coopsim::cli {
namespace {

using output::Axis;
using ::testing::HasSubstr;

output::RunRecord small_record() {
    output::RunRecord r;
    r.identity.scenario_name = "demo";
    r.identity.seed = 7;
    r.provenance.threads = 2;
    r.provenance.wall_seconds = 0.25;
    auto add = [&](std::string path, std::vector<Axis> axes, output::ColumnValues values) {
        r.columns.push_back({std::move(path), std::move(axes), "", "", std::move(values)});
    };
    add("/years", {Axis::year}, std::vector<std::int32_t>{2008, 2009});
    add("/cop_per_usd", {Axis::year}, std::vector<double>{2000, 2000});
    add("/territories/dane_code", {Axis::territory},
        std::vector<std::int32_t>{19001, 19137, 19743});
    add("/territories/name", {Axis::territory},
        std::vector<std::string>{"Popayán", "Caldono", "Silvia"});
    add("/territories/department", {Axis::territory}, std::vector<std::string>(3, "Cauca"));
    add("/territories/category", {Axis::territory}, std::vector<std::int32_t>{1, 6, 6});
    add("/territories/population", {Axis::territory}, std::vector<double>{300000, 32000, 18000});
    // COP received per [year, territory]: Caldono 3,000 million over the two years.
    const std::vector<double> cop{100e6, 1000e6, 0, 200e6, 2000e6, 36e6};
    std::vector<double> usd;
    for (double v : cop) {
        usd.push_back(v / 2000);
    }
    add("/territories/cooperation_received_cop", {Axis::year, Axis::territory}, cop);
    add("/territories/cooperation_received_usd", {Axis::year, Axis::territory}, usd);
    add("/national/received_cop", {Axis::year}, std::vector<double>{1000e9, 1200e9});
    add("/routes/route_id", {Axis::route}, std::vector<std::int32_t>{0, 1});
    add("/routes/name", {Axis::route}, std::vector<std::string>{"official_open_call", "ngo"});
    add("/routes/received_cop", {Axis::year, Axis::route},
        std::vector<double>{300e6, 800e6, 0, 2236e6});
    add("/donors/donor_id", {Axis::donor}, std::vector<std::int32_t>{0, 1, 2});
    return r;
}

std::string summary_of(const output::RunRecord& record) {
    std::ostringstream out;
    print_run_summary(out, record, "demo.h5");
    return out.str();
}

// The header says what was run and where it went.
TEST(RunSummaryTest, HeaderNamesRunAndOutput) {
    const std::string text = summary_of(small_record());
    EXPECT_THAT(text, HasSubstr("  scenario     demo\n"));
    EXPECT_THAT(text, HasSubstr("  seed         7\n"));
    EXPECT_THAT(text, HasSubstr("  years        2008-2009 (2)\n"));
    EXPECT_THAT(text, HasSubstr("  territories  3\n"));
    EXPECT_THAT(text, HasSubstr("  donors       3\n"));
    EXPECT_THAT(text, HasSubstr("  output       demo.h5\n"));
    EXPECT_THAT(text, HasSubstr("  run time     0.250 s on 2 threads\n"));
}

// By year: territories' sum, national, total, in COP then USD millions, with a total row.
// 2008: 1,100 + 1,000,000 = 1,001,100 COP million = 500.55 USD million.
TEST(RunSummaryTest, YearTableSumsTerritoriesAndNational) {
    const std::string text = summary_of(small_record());
    EXPECT_THAT(text, ::testing::ContainsRegex(
                          "2008 +1,100.0 +1,000,000.0 +1,001,100.0 +0.55 +500.00 +500.55\n"));
    EXPECT_THAT(text, ::testing::ContainsRegex(
                          "total +3,336.0 +2,200,000.0 +2,203,336.0 +1.67 +1,100.00 +1,101.67\n"));
}

// By route: totals over the run and each route's share.
TEST(RunSummaryTest, RouteTableTotalsOverTheRun) {
    const std::string text = summary_of(small_record());
    EXPECT_THAT(text, ::testing::ContainsRegex("official_open_call +300.0 +0.15 +9.0\n"));
    EXPECT_THAT(text, ::testing::ContainsRegex("ngo +3,036.0 +1.52 +91.0\n"));
}

// By fiscal category: Caldono and Silvia (category 6) together received 3,036 COP million for
// 50,000 inhabitants, i.e. 60,720 COP per inhabitant over the run.
TEST(RunSummaryTest, CategoryTableGivesPerInhabitant) {
    const std::string text = summary_of(small_record());
    EXPECT_THAT(text, ::testing::ContainsRegex("\n  6 +2 +50,000 +3,036.0 +1.52 +60,720\n"));
    EXPECT_THAT(text, ::testing::ContainsRegex("\n  1 +1 +300,000 +300.0 +0.15 +1,000\n"));
    EXPECT_THAT(text, ::testing::ContainsRegex("\n  all +3 +350,000 +3,336.0 +1.67 +9,531\n"));
}

// Top territories: ranked by COP received over the run, names in UTF-8 aligned.
TEST(RunSummaryTest, TopTerritoriesRankedByTotal) {
    const std::string text = summary_of(small_record());
    EXPECT_THAT(text, HasSubstr("Top 3 territories"));
    const auto caldono = text.find("1  Caldono"), popayan = text.find("2  Popayán"),
               silvia = text.find("3  Silvia");
    ASSERT_NE(caldono, std::string::npos) << text;
    ASSERT_NE(popayan, std::string::npos) << text;
    ASSERT_NE(silvia, std::string::npos) << text;
}

// A column the model no longer writes (or renamed) drops its table, and the summary says
// which column was missing instead of failing the run after the simulation is done.
TEST(RunSummaryTest, MissingColumnIsLeftOutAndNamed) {
    output::RunRecord record = small_record();
    std::erase_if(record.columns,
                  [](const output::Column& c) { return c.path == "/routes/received_cop"; });
    const std::string text = summary_of(record);
    EXPECT_THAT(text, ::testing::Not(HasSubstr("by route")));
    EXPECT_THAT(text, HasSubstr("by fiscal category"));
    EXPECT_THAT(text, HasSubstr("left out of the summary: /routes/received_cop"));
}

// An empty record (no columns at all) still prints its header.
TEST(RunSummaryTest, EmptyRecordPrintsHeader) {
    output::RunRecord record;
    record.identity.scenario_name = "empty";
    EXPECT_THAT(summary_of(record), HasSubstr("  scenario     empty\n"));
}

}  // namespace
}  // namespace coopsim::cli
