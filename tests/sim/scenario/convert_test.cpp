#include "sim/scenario/convert.hpp"

#include <gtest/gtest.h>

#include "scenario_test_files.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::minimal_scenario;

Scenario convert(json document) {
    document["name"] = "test";
    const auto problems = validate(document, schema::scenario());
    EXPECT_TRUE(problems.empty()) << problems.front().pointer << ": " << problems.front().message;
    return to_scenario(document);
}

// The typed scenario carries the schema's defaults (the converter has none of its own), in
// every part: top level, territories, routes in enum order, national agency, actors, parameters.
TEST(ToScenario, CarriesTheSchemaDefaults) {
    const Scenario s = convert(minimal_scenario());
    EXPECT_EQ(s.name, "test");
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.start_year, 2008);
    EXPECT_EQ(s.end_year, 2027);
    EXPECT_EQ(s.year_count(), 20);
    ASSERT_EQ(s.cop_per_usd.size(), 17u);
    EXPECT_EQ(s.cop_per_usd.front().year, 2008);
    EXPECT_EQ(s.cop_per_usd.front().value, 1967);
    EXPECT_EQ(value_at(s.cop_per_usd, 2015, 0), 2742);
    ASSERT_EQ(s.territories.size(), 1u);
    const TerritorySpec& t = s.territories[0];
    EXPECT_EQ(t.dane_code, 19137);
    EXPECT_EQ(t.category, 6);
    EXPECT_EQ(t.sgp_dependence, 0.8);
    EXPECT_EQ(t.stage, StrategyStage::none);
    EXPECT_EQ(t.max_stage, StrategyStage::formal);
    EXPECT_TRUE(t.committee_allowed);
    EXPECT_EQ(t.mayor_priority, -1);
    const RouteSpec& official = s.routes[static_cast<int>(Route::official_national_agency)];
    EXPECT_EQ(official.min_stage, StrategyStage::exploring);
    EXPECT_EQ(official.preparation_cost_cop, 5e6);
    EXPECT_EQ(s.routes[static_cast<int>(Route::official_open_call)].selection_odds, 0.08);
    EXPECT_EQ(s.routes[static_cast<int>(Route::south_south)].min_stage, StrategyStage::formal);
    EXPECT_EQ(s.national_agency.target_categories, (std::vector<int>{5, 6}));
    EXPECT_EQ(s.local_actors.max_count, 40);
    EXPECT_EQ(s.parameters.priority_beta, 2.5);
    EXPECT_EQ(s.parameters.max_proposals, 12);
    // Targets: every fact is checked; the case and the ODA are scenario-specific.
    EXPECT_EQ(s.targets.facts.size(), 8u);
    EXPECT_FALSE(s.targets.case_target.has_value());
    EXPECT_FALSE(s.targets.oda.has_value());
    EXPECT_TRUE(s.parameters.unspent_to_national);
}

// Every given value reaches its typed field, enums included.
TEST(ToScenario, ReadsGivenValues) {
    json document = minimal_scenario();
    document["seed"] = 3000000000LL;
    document["territories"][0].update(json::parse(R"({"stage": "exploring", "committee": true,
        "actors": [{"type": "indigenous_authority", "count": 3, "capacity": 0.6}],
        "strategy_events": [{"year": 2011, "kind": "agenda"}, {"year": 2009, "kind": "training"}]})"));
    document["donors"] = json::parse(R"([{"name": "AECID", "type": "bilateral_agency",
        "budget_usd": 2e7, "presence": "national_office", "routes": ["official_national_agency", "ngo"],
        "departments": ["Cauca"], "weights": {"herding": 0.11}}])");
    document["regional_allies"] = json::parse(R"([{"name": "CRIC", "kind": "association",
        "department": "Cauca", "members": [19137]}])");
    const Scenario s = convert(document);
    EXPECT_EQ(s.seed, 3000000000u);
    const TerritorySpec& t = s.territories[0];
    EXPECT_EQ(t.stage, StrategyStage::exploring);
    EXPECT_TRUE(t.committee);
    ASSERT_EQ(t.actors.size(), 1u);
    EXPECT_EQ(t.actors[0].type, ActorType::indigenous_authority);
    EXPECT_EQ(t.actors[0].count, 3);
    EXPECT_EQ(t.actors[0].capacity, 0.6);
    EXPECT_EQ(t.actors[0].trust_in_government, 0.5);
    ASSERT_EQ(t.strategy_events.size(), 2u);
    EXPECT_EQ(t.strategy_events[0].kind, StrategyEventKind::training);
    const DonorSpec& d = s.donors[0];
    EXPECT_EQ(d.type, DonorType::bilateral_agency);
    EXPECT_EQ(d.presence, Presence::national_office);
    EXPECT_EQ(d.routes, (std::vector<Route>{Route::official_national_agency, Route::ngo}));
    EXPECT_EQ(d.departments, std::vector<std::string>{"Cauca"});
    EXPECT_EQ(d.weights.herding, 0.11);
    EXPECT_EQ(d.weights.need, 0.36);
    EXPECT_EQ(d.grant_max_usd, 200000);
    ASSERT_EQ(s.regional_allies.size(), 1u);
    EXPECT_EQ(s.regional_allies[0].kind, AllyKind::association);
    EXPECT_EQ(s.regional_allies[0].members, std::vector<int>{19137});
    EXPECT_EQ(s.regional_allies[0].end_year, 2100);
}

// value_at needs year paths in year order; files may list them in any order.
TEST(ToScenario, SortsYearPaths) {
    json document = minimal_scenario();
    document["cop_per_usd"] =
        json::parse(R"([{"year": 2012, "value": 3}, {"year": 2008, "value": 1}])");
    document["parameters"] = json::parse(
        R"({"conflict_multiplier": [{"year": 2020, "value": 2}, {"year": 2010, "value": 1}]})");
    document["territories"][0]["conflict_by_year"] =
        json::parse(R"([{"year": 2011, "value": 31}, {"year": 2009, "value": 4}])");
    const Scenario s = convert(document);
    EXPECT_EQ(s.cop_per_usd.front().year, 2008);
    EXPECT_EQ(s.parameters.conflict_multiplier.front().year, 2010);
    EXPECT_EQ(s.territories[0].conflict_by_year.front().value, 4);
}

// resolved_json is the validated document, compact with sorted keys: the same scenario always
// gives the same bytes in outputs.
TEST(ToScenario, ResolvedJsonIsCompactSortedAndComplete) {
    const Scenario s = convert(minimal_scenario());
    EXPECT_EQ(s.resolved_json.find('\n'), std::string::npos);
    EXPECT_EQ(s.resolved_json.rfind("{\"cop_per_usd\":", 0), 0u);
    const json resolved = json::parse(s.resolved_json);
    EXPECT_EQ(resolved["parameters"]["lapse_rate"], 0.6);
    EXPECT_EQ(resolved.dump(), s.resolved_json);
}

}  // namespace
}  // namespace coopsim::scenario
