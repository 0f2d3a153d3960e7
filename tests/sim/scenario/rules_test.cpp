#include <gtest/gtest.h>

#include "scenario_test_files.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::minimal_scenario;
using testing::minimal_territory;

// The rule problems of a minimal scenario after `change`; the per-key checks must pass first,
// since rules assume types and presence.
std::vector<schema::Problem> rule_problems_after(const std::function<void(json&)>& change) {
    json document = minimal_scenario();
    change(document);
    const auto key_problems = validate(document, schema::scenario());
    EXPECT_TRUE(key_problems.empty())
        << key_problems.front().pointer << ": " << key_problems.front().message;
    return check_rules(document, schema::rules());
}

void expect_one(const std::vector<schema::Problem>& problems, const std::string& pointer,
                const std::string& message) {
    ASSERT_EQ(problems.size(), 1u) << (problems.empty() ? "none" : problems[0].message);
    EXPECT_EQ(problems[0].pointer, pointer);
    EXPECT_EQ(problems[0].message, message);
}

json donor(const std::string& name) {
    return {{"name", name}, {"type", "multilateral"}, {"budget_usd", 1e6}, {"routes", {"ngo"}}};
}

TEST(Rules, AValidScenarioBreaksNone) {
    EXPECT_TRUE(rule_problems_after([](json&) {}).empty());
}

// A run needs at least one territory, from the file or from its CSV.
TEST(Rules, AtLeastOneTerritory) {
    expect_one(
        rule_problems_after([](json& d) { d["territories"] = json::array(); }), "/territories",
        "expected at least one territory, inline in `territories` or from `territories_csv`, "
        "got none");
}

// An empty or inverted year range would make year_count() zero or negative.
TEST(Rules, YearsEndNotBeforeStart) {
    expect_one(rule_problems_after([](json& d) {
                   d["years"] = {{"start", 2010}, {"end", 2009}};
               }),
               "/years/end", "expected end >= start (2010), got 2009");
    EXPECT_TRUE(rule_problems_after([](json& d) {
                    d["years"] = {{"start", 2010}, {"end", 2010}};
                }).empty());
}

// Grant sizes and project lengths are drawn between their min and max: min must not exceed max,
// including when only one of them is given and the other is the default.
TEST(Rules, DonorMinimaNotAboveMaxima) {
    json big_min = donor("A");
    big_min["grant_min_usd"] = 300000;
    expect_one(rule_problems_after([&](json& d) { d["donors"] = {big_min}; }),
               "/donors/0/grant_max_usd",
               "expected grant_max_usd >= grant_min_usd (300000), got 200000");
    json long_min = donor("A");
    long_min["project_years_min"] = 5;
    expect_one(rule_problems_after([&](json& d) { d["donors"] = {long_min}; }),
               "/donors/0/project_years_max",
               "expected project_years_max >= project_years_min (5), got 3");
}

// Territories are identified by DANE code and donors by name in outputs: both must be unique.
TEST(Rules, UniqueDaneCodesAndDonorNames) {
    expect_one(
        rule_problems_after([](json& d) { d["territories"].push_back(minimal_territory()); }),
        "/territories/1/dane_code",
        "expected a unique dane_code, got 19137 again (first at /territories/0/dane_code)");
    expect_one(rule_problems_after([](json& d) {
                   d["donors"] = {donor("A"), donor("B"), donor("A")};
               }),
               "/donors/2/name",
               "expected a unique name, got \"A\" again (first at /donors/0/name)");
}

// A year path with a repeated year would make value_at depend on the listing order.
TEST(Rules, UniqueYearsInAPath) {
    expect_one(
        rule_problems_after([](json& d) {
            d["parameters"] = {{"conflict_multiplier",
                                {{{"year", 2010}, {"value", 1}}, {{"year", 2010}, {"value", 2}}}}};
        }),
        "/parameters/conflict_multiplier/1/year",
        "expected a unique year, got 2010 again (first at /parameters/conflict_multiplier/0/year)");
}

// A regional ally's members must be territories of the scenario, or it would silently support
// nobody.
TEST(Rules, AllyMembersAreKnownDaneCodes) {
    expect_one(rule_problems_after([](json& d) {
                   d["regional_allies"] = json::parse(
                       R"([{"name": "Asocaucana", "kind": "association", "department": "Cauca",
                            "members": [19137, 19999]}])");
               }),
               "/regional_allies/0/members/1",
               "expected one of the territories[].dane_code, got 19999, which is not");
}

// Scripted events and observed conflict outside the simulated years would never take effect:
// that is almost surely a mistake in the file.
TEST(Rules, ScriptedYearsInsideTheSimulatedYears) {
    expect_one(
        rule_problems_after([](json& d) {
            d["territories"][0]["strategy_events"] = {{{"year", 2030}, {"kind", "training"}}};
        }),
        "/territories/0/strategy_events/0/year",
        "expected a value in [2008, 2027] (years.start to years.end), got 2030");
    expect_one(rule_problems_after([](json& d) {
                   d["years"] = {{"start", 2010}};
                   d["territories"][0]["conflict_by_year"] = {{{"year", 2009}, {"value", 31}}};
               }),
               "/territories/0/conflict_by_year/0/year",
               "expected a value in [2010, 2027] (years.start to years.end), got 2009");
}

// Every rule has a description for the reference, written from its arguments.
TEST(Rules, DescribeThemselvesForTheReference) {
    std::vector<std::string> descriptions;
    for (const auto& rule : schema::rules())
        descriptions.push_back(rule.description);
    EXPECT_NE(std::find(descriptions.begin(), descriptions.end(), "`years.end` >= `years.start`"),
              descriptions.end());
    EXPECT_NE(
        std::find(descriptions.begin(), descriptions.end(),
                  "each `regional_allies[].members[]` is one of the `territories[].dane_code`"),
        descriptions.end());
}

}  // namespace
}  // namespace coopsim::scenario
