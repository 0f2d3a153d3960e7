// territory_overrides and donor_overrides: merge patches of single items, keyed by identity.
#include <gtest/gtest.h>

#include "scenario_test_files.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::scenario {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;
using testing::ScratchDir;

const char* const kCsv =
    "dane_code,name,department,population,budget_cop\n"
    "5001,Medellín,Antioquia,2343000,1e12\n"
    "19137,Caldono,Cauca,32000,1.2e10\n";

// A base reading its territories from a CSV, with one donor.
fs::path write_base(const ScratchDir& dir) {
    dir.write("t.csv", kCsv);
    return dir.write("base.json", R"({
        "territories_csv": "t.csv",
        "donors": [{"name": "AECID", "type": "bilateral_agency", "budget_usd": 1000000,
                    "routes": ["official_national_agency"], "grant_min_usd": 1000,
                    "grant_max_usd": 2000, "max_partners": 3}]})");
}

const TerritorySpec& territory(const Scenario& s, int code) {
    for (const auto& t : s.territories)
        if (t.dane_code == code) return t;
    throw std::runtime_error("no territory " + std::to_string(code));
}

// A what-if changes one CSV row and one donor; every other value keeps the base's.
TEST(ItemOverrides, PatchOneTerritoryAndOneDonor) {
    ScratchDir dir;
    write_base(dir);
    const fs::path file = dir.write("what-if.json", R"({"extends": "base.json",
        "territory_overrides": {"19137": {"committee_allowed": false, "max_stage": "exploring",
            "strategy_events": [{"year": 2009, "kind": "training"}]}},
        "donor_overrides": {"AECID": {"budget_path": [{"year": 2012, "value": 0.5}]}}})");
    const Scenario s = load_scenario(file);
    const auto& caldono = territory(s, 19137);
    EXPECT_FALSE(caldono.committee_allowed);
    EXPECT_EQ(caldono.max_stage, StrategyStage::exploring);
    ASSERT_EQ(caldono.strategy_events.size(), 1u);
    EXPECT_EQ(caldono.population, 32000);  // untouched members keep the CSV's values
    EXPECT_TRUE(territory(s, 5001).committee_allowed);
    ASSERT_EQ(s.donors.front().budget_path.size(), 1u);
    EXPECT_DOUBLE_EQ(s.donors.front().budget_path.front().value, 0.5);
    // The resolved scenario holds the patched items and no overrides: it stands on its own.
    const json resolved = json::parse(s.resolved_json);
    EXPECT_EQ(resolved.count("territory_overrides"), 0u);
    EXPECT_EQ(resolved.count("donor_overrides"), 0u);
}

// Overrides of a base and of the file extending it merge key by key (an object, not an array),
// and the leading zero of a five-digit DANE code is optional.
TEST(ItemOverrides, OverridesAlongTheChainMerge) {
    ScratchDir dir;
    write_base(dir);
    dir.write("mid.json", R"({"extends": "base.json",
        "territory_overrides": {"19137": {"conflict_events": 31}}})");
    const fs::path file = dir.write("top.json", R"({"extends": "mid.json",
        "territory_overrides": {"05001": {"stage": "formal", "committee": true}}})");
    const Scenario s = load_scenario(file);
    EXPECT_DOUBLE_EQ(territory(s, 19137).conflict_events, 31);
    EXPECT_EQ(territory(s, 5001).stage, StrategyStage::formal);
}

// --set reaches an override like any other key.
TEST(ItemOverrides, SetOnTheCommandLine) {
    ScratchDir dir;
    const fs::path base = write_base(dir);
    const Scenario s = load_scenario(base, {"territory_overrides/19137/committee_allowed=false"});
    EXPECT_FALSE(territory(s, 19137).committee_allowed);
}

// A bad value in an override is blamed on the file and field that wrote it.
TEST(ItemOverrides, BadValueNamesTheOverride) {
    ScratchDir dir;
    write_base(dir);
    const fs::path file = dir.write("bad.json", R"({"extends": "base.json",
        "territory_overrides": {"19137": {"rural_share": 1.5}}})");
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_EQ(caught.field_path, "/territories/1/rural_share");
    EXPECT_TRUE(contains(caught.what, "expected a number in [0, 1], got 1.5")) << caught.what;
}

struct BadOverride {
    const char* name;
    const char* overrides;  // the JSON members added to the scenario
    const char* field_path;
    const char* message_part;
};

class BadItemOverride : public ::testing::TestWithParam<BadOverride> {};

TEST_P(BadItemOverride, NamesTheFieldAndWhatWasExpected) {
    ScratchDir dir;
    write_base(dir);
    const fs::path file = dir.write(
        "bad.json", std::string(R"({"extends": "base.json", )") + GetParam().overrides + "}");
    const auto caught = catch_scenario_error([&] { load_scenario(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_EQ(caught.field_path, GetParam().field_path);
    EXPECT_TRUE(contains(caught.what, GetParam().message_part)) << caught.what;
}

INSTANTIATE_TEST_SUITE_P(
    ItemOverrides, BadItemOverride,
    ::testing::Values(
        BadOverride{"UnknownCode", R"("territory_overrides": {"19173": {"committee": true}})",
                    "/territory_overrides/19173",
                    "no item of `territories` has dane_code \"19173\"; did you mean \"19137\"?"},
        BadOverride{"UnknownDonor", R"("donor_overrides": {"AECD": {"budget_usd": 1}})",
                    "/donor_overrides/AECD", "did you mean \"AECID\"?"},
        BadOverride{"NotAnObject", R"("territory_overrides": [1])", "/territory_overrides",
                    "expected an object keyed by dane_code"},
        BadOverride{"ValueNotAnObject", R"("donor_overrides": {"AECID": 3})",
                    "/donor_overrides/AECID", "expected an object (a merge patch of the item)"},
        BadOverride{"ChangesIdentity", R"("territory_overrides": {"19137": {"dane_code": 1}})",
                    "/territory_overrides/19137/dane_code", "cannot change the dane_code"},
        BadOverride{"UnknownKeyInside", R"("territory_overrides": {"19137": {"comittee": true}})",
                    "/territories/1/comittee", "did you mean \"committee\"?"}),
    [](const auto& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace coopsim::scenario
