#include "sim/scenario/validate.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "scenario_test_files.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::minimal_scenario;

// The problems of `document` after `change` is applied to a valid minimal scenario.
std::vector<schema::Problem> problems_after(const std::function<void(json&)>& change) {
    json document = minimal_scenario();
    change(document);
    return validate(document, schema::scenario());
}

// Expects exactly one problem, at `pointer`, whose message is `message`.
void expect_one(const std::vector<schema::Problem>& problems, const std::string& pointer,
                const std::string& message) {
    ASSERT_EQ(problems.size(), 1u) << (problems.empty() ? "none" : problems[0].message);
    EXPECT_EQ(problems[0].pointer, pointer);
    EXPECT_EQ(problems[0].message, message);
}

// A scenario with only its required keys is valid, and comes out with every default in place,
// nested objects included: the converter relies on finding every key.
TEST(Validate, FillsEveryDefaultOfAMinimalScenario) {
    json document = minimal_scenario();
    EXPECT_TRUE(validate(document, schema::scenario()).empty());
    EXPECT_EQ(document["seed"], 1);
    EXPECT_EQ(document["years"], json::parse(R"({"start": 2008, "end": 2027})"));
    EXPECT_EQ(document["cop_per_usd"].size(), 17u);
    EXPECT_EQ(document["parameters"]["lapse_rate"], 0.6);
    EXPECT_EQ(document["routes"]["ngo"]["selection_odds"], 0.6);
    EXPECT_EQ(document["routes"]["south_south"]["min_stage"], "formal");
    EXPECT_EQ(document["national_agency"]["target_categories"], json::array({5, 6}));
    EXPECT_EQ(document["territories"][0]["stage"], "none");
    EXPECT_EQ(document["territories"][0]["mayor_priority"], -1);
    EXPECT_FALSE(document.contains("name"))
        << "the name's default is the file stem, set by the loader";
}

// Defaults inside array items are filled per item: a donor that gives only its required keys
// gets the default priorities and weights.
TEST(Validate, FillsDefaultsInsideArrayItems) {
    json document = minimal_scenario();
    document["donors"] = json::parse(
        R"([{"name": "GIZ", "type": "bilateral_agency", "budget_usd": 1e6, "routes": ["ngo"]}])");
    EXPECT_TRUE(validate(document, schema::scenario()).empty());
    EXPECT_EQ(document["donors"][0]["weights"]["need"], 0.36);
    EXPECT_EQ(document["donors"][0]["project_years_max"], 3);
    EXPECT_EQ(document["donors"][0]["presence"], "none");
}

// A misspelt key is not ignored (the default would silently apply): it is an error offering
// the nearest known key.
TEST(Validate, UnknownKeyOffersTheNearestKnownKey) {
    expect_one(problems_after([](json& d) {
                   d["parameters"] = {{"lapse_rte", 0.2}};
               }),
               "/parameters/lapse_rte", "unknown key \"lapse_rte\"; did you mean \"lapse_rate\"?");
}

// With no key near enough, a small object lists its keys instead.
TEST(Validate, UnknownKeyWithoutSuggestionListsAFewKeys) {
    expect_one(problems_after([](json& d) {
                   d["years"] = {{"beginning", 2008}};
               }),
               "/years/beginning", "unknown key \"beginning\"; known keys here: start, end");
}

TEST(Validate, WrongTypeSaysWhatWasExpectedAndGot) {
    expect_one(problems_after([](json& d) { d["territories"][0]["population"] = "abc"; }),
               "/territories/0/population", "expected a number > 0, got \"abc\"");
    expect_one(problems_after([](json& d) { d["territories"][0]["is_capital"] = "yes"; }),
               "/territories/0/is_capital", "expected true or false, got \"yes\"");
    expect_one(problems_after([](json& d) { d["years"] = json::array(); }), "/years",
               "expected an object, got an empty array");
}

// Bounds are inclusive unless the schema says otherwise; the message shows which.
TEST(Validate, OutOfRangeShowsTheRange) {
    expect_one(problems_after([](json& d) { d["territories"][0]["rural_share"] = 1.5; }),
               "/territories/0/rural_share", "expected a number in [0, 1], got 1.5");
    expect_one(problems_after([](json& d) {
                   d["routes"] = {{"ngo", {{"selection_odds", 0}}}};
               }),
               "/routes/ngo/selection_odds", "expected a number in (0, 1], got 0");
    EXPECT_TRUE(problems_after([](json& d) { d["territories"][0]["rural_share"] = 1; }).empty());
}

// Documents built in memory can hold NaN and infinity, which JSON text cannot; they are refused.
TEST(Validate, RefusesNonFiniteNumbers) {
    expect_one(problems_after([](json& d) {
                   d["territories"][0]["rural_share"] = std::numeric_limits<double>::quiet_NaN();
               }),
               "/territories/0/rural_share", "expected a number in [0, 1], got NaN");
    expect_one(problems_after([](json& d) {
                   d["territories"][0]["area_km2"] = std::numeric_limits<double>::infinity();
               }),
               "/territories/0/area_km2", "expected a number >= 0, got inf");
}

TEST(Validate, IntegerKeysRefuseFractions) {
    expect_one(problems_after([](json& d) { d["territories"][0]["category"] = 2.5; }),
               "/territories/0/category",
               "expected an integer in [0, 6], got 2.5 (not a whole number)");
}

// Integers beyond the key's range or beyond 32 bits are errors, never a wrapped value (the cast
// of 1e30 to int would be undefined behaviour).
TEST(Validate, IntegerOverflowIsOutOfRange) {
    expect_one(problems_after([](json& d) { d["territories"][0]["dane_code"] = 3000000000LL; }),
               "/territories/0/dane_code", "expected an integer in [1, 99999], got 3000000000");
    expect_one(problems_after([](json& d) { d["territories"][0]["dane_code"] = 1e30; }),
               "/territories/0/dane_code", "expected an integer in [1, 99999], got 1e+30");
    expect_one(problems_after([](json& d) { d["seed"] = 1e300; }), "/seed",
               "expected an integer >= 0, got 1e+300");
    expect_one(problems_after([](json& d) { d["seed"] = 18446744073709551615ULL; }), "/seed",
               "expected an integer >= 0, got 18446744073709551615");
}

// The seed alone is 64 bits wide; 7.0 and 7e0 are integers, stored back as 7.
TEST(Validate, WholeNumbersBecomeIntegers) {
    json document = minimal_scenario();
    document["seed"] = 3000000000LL;
    document["territories"][0]["category"] = 5.0;
    EXPECT_TRUE(validate(document, schema::scenario()).empty());
    EXPECT_EQ(document["territories"][0]["category"].dump(), "5");
    EXPECT_EQ(document["seed"], 3000000000LL);
}

TEST(Validate, MissingRequiredKeyIsNamed) {
    expect_one(problems_after([](json& d) { d["territories"][0].erase("population"); }),
               "/territories/0/population", "missing required key; expected a number > 0");
}

// An enum value not allowed lists the allowed names, with a suggestion when one is near.
TEST(Validate, EnumValueNotAllowedListsTheNames) {
    expect_one(problems_after([](json& d) { d["territories"][0]["stage"] = "formall"; }),
               "/territories/0/stage",
               "expected one of \"none\", \"exploring\", \"formal\", got \"formall\"; did you mean "
               "\"formal\"?");
}

// A donor must use at least one route, and each route at most once.
TEST(Validate, DonorRoutesNeedOneAndNoRepeats) {
    const json donor = json::parse(R"({"name": "A", "type": "multilateral", "budget_usd": 1})");
    json no_routes = donor, repeated = donor;
    no_routes["routes"] = json::array();
    repeated["routes"] = {"ngo", "twinning", "ngo"};
    expect_one(problems_after([&](json& d) { d["donors"] = {no_routes}; }), "/donors/0/routes",
               "expected an array of at least 1 item, got an empty array");
    expect_one(problems_after([&](json& d) { d["donors"] = {repeated}; }), "/donors/0/routes/2",
               "expected each item at most once, got \"ngo\" again");
}

// Invalid UTF-8 could not be written to outputs later; it is refused where it is.
TEST(Validate, RefusesInvalidUtf8) {
    expect_one(problems_after([](json& d) { d["territories"][0]["name"] = "Cald\xF3no"; }),
               "/territories/0/name", "expected valid UTF-8 text, got invalid bytes");
}

// Every problem is reported, in document order, so that one run shows all typos.
TEST(Validate, ReportsEveryProblemInDocumentOrder) {
    const auto problems = problems_after([](json& d) {
        d["seed"] = -1;
        d["territories"][0]["rural_share"] = 2;
        d["zzz"] = 1;
    });
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].pointer, "/zzz");  // unknown keys of an object come first
    EXPECT_EQ(problems[1].pointer, "/seed");
    EXPECT_EQ(problems[2].pointer, "/territories/0/rural_share");
}

TEST(Validate, TheScenarioMustBeAnObject) {
    json document = json::array();
    expect_one(validate(document, schema::scenario()), "",
               "expected an object, got an empty array");
}

}  // namespace
}  // namespace coopsim::scenario
