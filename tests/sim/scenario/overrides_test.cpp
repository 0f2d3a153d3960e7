#include "sim/scenario/overrides.hpp"

#include <gtest/gtest.h>

#include "scenario_test_files.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;
using testing::minimal_scenario;

// The one pointer an override without "*" writes.
std::string only(const std::vector<std::string>& pointers) {
    return pointers.size() == 1 ? pointers.front() : "<" + std::to_string(pointers.size()) + ">";
}

// Values are JSON where they parse as JSON (numbers, arrays, objects, true, null) and plain
// strings otherwise, so that `--set name=what-if` needs no shell-quoted JSON quotes.
TEST(ApplyOverride, ParsesValuesAsJsonElseAsStrings) {
    json document = json::object();
    EXPECT_EQ(only(apply_override(document, "parameters/lapse_rate=0.4", "x.json")),
              "/parameters/lapse_rate");
    EXPECT_EQ(only(apply_override(document, "/seed=7", "x.json")), "/seed");
    EXPECT_EQ(only(apply_override(document, "name=what-if", "x.json")), "/name");
    EXPECT_EQ(only(apply_override(document, "description=\"quoted\"", "x.json")), "/description");
    EXPECT_EQ(only(apply_override(document, "national_agency/target_categories=[4,5,6]", "x.json")),
              "/national_agency/target_categories");
    EXPECT_EQ(only(apply_override(document, "empty=", "x.json")), "/empty");
    EXPECT_EQ(document, json::parse(R"({"parameters": {"lapse_rate": 0.4}, "seed": 7,
        "name": "what-if", "description": "quoted", "national_agency": {"target_categories": [4, 5, 6]},
        "empty": ""})"));
}

// Array items are addressed by index; "-" appends, as in JSON Patch. A missing item is an error
// naming the array, not a silent append.
TEST(ApplyOverride, AddressesArrayItems) {
    json document = json::parse(R"({"donors": [{"budget_usd": 1}, {"budget_usd": 2}]})");
    EXPECT_EQ(only(apply_override(document, "donors/1/budget_usd=2e6", "x.json")),
              "/donors/1/budget_usd");
    EXPECT_EQ(document["donors"][1]["budget_usd"], 2e6);
    EXPECT_EQ(only(apply_override(document, "donors/-={\"name\": \"C\"}", "x.json")), "/donors/2");
    EXPECT_EQ(document["donors"][2]["name"], "C");
    const auto caught =
        catch_scenario_error([&] { apply_override(document, "donors/7/budget_usd=1", "x.json"); });
    EXPECT_EQ(caught.file, "x.json");
    EXPECT_EQ(caught.field_path, "/donors");
    EXPECT_PRED2(contains, caught.what, "expected an item index below 3 or \"-\", got \"7\"");
}

// "*" writes every item; "PATH*=FACTOR" multiplies the numbers there.
TEST(ApplyOverride, WildcardsAndScaling) {
    json document = json::parse(R"({"donors": [{"budget_usd": 10}, {"budget_usd": 20}]})");
    EXPECT_EQ(apply_override(document, "donors/*/budget_usd*=1.5", "x.json"),
              (std::vector<std::string>{"/donors/0/budget_usd", "/donors/1/budget_usd"}));
    EXPECT_EQ(document["donors"][1]["budget_usd"], 30.0);
    apply_override(document, "/donors/*/max_partners=4", "x.json");
    EXPECT_EQ(document["donors"][0]["max_partners"], 4);
    EXPECT_EQ(document["donors"][1]["max_partners"], 4);
    // Scaling needs a number that is there, and a number to scale by.
    const auto absent = catch_scenario_error(
        [&] { apply_override(document, "donors/0/grant_max_usd*=2", "x.json"); });
    EXPECT_EQ(absent.field_path, "/donors/0/grant_max_usd");
    EXPECT_PRED2(contains, absent.what, "no value here to scale");
    const auto text = catch_scenario_error(
        [&] { apply_override(document, "donors/0/budget_usd*=abc", "x.json"); });
    EXPECT_PRED2(contains, text.what, "expected a number to scale by");
    const auto scalar = catch_scenario_error(
        [&] { apply_override(document, "donors/0/budget_usd/*=1", "x.json"); });
    EXPECT_PRED2(contains, scalar.what, "\"*\" needs an array or an object");
    json empty = json::parse(R"({"donors": []})");
    const auto none =
        catch_scenario_error([&] { apply_override(empty, "donors/*/budget_usd=1", "x.json"); });
    EXPECT_PRED2(contains, none.what, "matched nothing");
}

TEST(ApplyOverride, RefusesMalformedOverrides) {
    json document = json::object();
    for (const char* bad : {"lapse_rate", "=1", "/=1"}) {
        const auto caught = catch_scenario_error([&] { apply_override(document, bad, "x.json"); });
        EXPECT_PRED2(contains, caught.what, "expected PATH=VALUE") << bad;
    }
    document["seed"] = 1;
    const auto caught =
        catch_scenario_error([&] { apply_override(document, "seed/x=1", "x.json"); });
    EXPECT_EQ(caught.field_path, "/seed");
    EXPECT_PRED2(contains, caught.what, "cannot set a key inside 1");
}

// 1e999 is JSON the reader refuses, not a string: the error names the overridden field.
TEST(ApplyOverride, RefusesOverflowingNumbers) {
    json document = json::object();
    const auto caught = catch_scenario_error(
        [&] { apply_override(document, "parameters/lapse_rate=1e999", "x.json"); });
    EXPECT_EQ(caught.field_path, "/parameters/lapse_rate");
    EXPECT_PRED2(contains, caught.what, "out of range of a double");
}

// Through the loader, overrides apply in order after `extends` and are validated like the
// file: a later --set wins, and the typed scenario sees the result.
TEST(LoadWithOverrides, AppliesInOrderAndValidates) {
    const Scenario s = load_scenario_json(minimal_scenario(), "x.json", ".",
                                          {"parameters/lapse_rate=0.1", "parameters/lapse_rate=0.2",
                                           "donors=[{\"name\":\"A\",\"type\":\"multilateral\","
                                           "\"budget_usd\":5,\"routes\":[\"ngo\",\"twinning\"]}]",
                                           "description=a what-if"});
    EXPECT_EQ(s.parameters.lapse_rate, 0.2);
    ASSERT_EQ(s.donors.size(), 1u);
    EXPECT_EQ(s.donors[0].routes, (std::vector<Route>{Route::ngo, Route::twinning}));
    EXPECT_EQ(s.description, "a what-if");
}

// Setting a key the schema does not know is an unknown key like any other, with the
// suggestion and the --set it came from.
TEST(LoadWithOverrides, UnknownKeyIsAnError) {
    const auto caught = catch_scenario_error([] {
        load_scenario_json(minimal_scenario(), "x.json", ".", {"parameters/lapse_rte=0.2"});
    });
    EXPECT_EQ(caught.file, "x.json");
    EXPECT_EQ(caught.field_path, "/parameters/lapse_rte");
    EXPECT_PRED2(contains, caught.what,
                 "unknown key \"lapse_rte\"; did you mean \"lapse_rate\"? (from --set "
                 "parameters/lapse_rte=0.2)");
}

// A value that is not JSON becomes a string, which a number key then refuses by type.
TEST(LoadWithOverrides, StringForANumberIsAWrongType) {
    const auto caught = catch_scenario_error(
        [] { load_scenario_json(minimal_scenario(), "x.json", ".", {"seed=abc"}); });
    EXPECT_EQ(caught.field_path, "/seed");
    EXPECT_PRED2(contains, caught.what, "expected an integer >= 0, got \"abc\"");
}

// `extends` is resolved before overrides, so setting it could only be ignored: it is refused.
TEST(LoadWithOverrides, ExtendsCannotBeSet) {
    const auto caught = catch_scenario_error(
        [] { load_scenario_json(minimal_scenario(), "x.json", ".", {"extends=base.json"}); });
    EXPECT_EQ(caught.field_path, "/extends");
}

}  // namespace
}  // namespace coopsim::scenario
