#include "tiny_world.hpp"

#include <filesystem>

#include "sim/random/random_stream.hpp"
#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::testing {

using nlohmann::json;

json tiny_scenario_json() {
    return json{
        {"name", "tiny"},
        {"seed", 7},
        {"years", {{"start", 2008}, {"end", 2015}}},
        {"territories", json::array({
                            {{"dane_code", 19001},
                             {"name", "Popayán"},
                             {"department", "Cauca"},
                             {"category", 1},
                             {"population", 280000},
                             {"rural_share", 0.1},
                             {"budget_cop", 4.0e11},
                             {"is_capital", true},
                             {"stage", "formal"},
                             {"committee", true},
                             {"technical", 0.6},
                             {"planning", 0.5},
                             {"visibility", 0.4}},
                            {{"dane_code", 19137},
                             {"name", "Caldono"},
                             {"department", "Cauca"},
                             {"category", 6},
                             {"population", 32000},
                             {"rural_share", 0.95},
                             {"ethnic_share", 0.75},
                             {"budget_cop", 1.2e10},
                             {"conflict_events", 10},
                             {"distance_to_capital_km", 67}},
                            {{"dane_code", 52001},
                             {"name", "Pasto"},
                             {"department", "Nariño"},
                             {"category", 1},
                             {"population", 390000},
                             {"rural_share", 0.2},
                             {"budget_cop", 5.0e11},
                             {"is_capital", true},
                             {"stage", "exploring"},
                             {"technical", 0.4}},
                        })},
        {"donors", json::array({
                       {{"name", "Agency"},
                        {"type", "bilateral_agency"},
                        {"budget_usd", 2.0e6},
                        {"presence", "national_office"},
                        {"routes", {"official_national_agency", "ngo", "decentralised_open_call"}},
                        {"priorities", {{"need", 1}, {"conflict", 1}, {"indigenous", 1}}}},
                       {{"name", "Multilateral"},
                        {"type", "multilateral"},
                        {"budget_usd", 1.0e6},
                        {"routes", {"official_open_call"}}},
                       {{"name", "South"},
                        {"type", "south_south"},
                        {"budget_usd", 3.0e5},
                        {"reciprocity", true},
                        {"routes", {"south_south"}}},
                   })},
    };
}

scenario::Scenario load(const json& document) {
    return scenario::load_scenario_json(document, "tiny.json", std::filesystem::current_path());
}

TinyWorld make_tiny_world(const json& document) {
    TinyWorld tiny;
    tiny.scenario = std::make_unique<scenario::Scenario>(load(document));
    tiny.world = engine::make_world(*tiny.scenario);
    return tiny;
}

json random_scenario_json(std::uint64_t seed, int territories, int donors) {
    engine::RandomStream rng(seed, engine::Purpose::actor_setup, engine::AgentKind::territory, 0, 0,
                             99);
    const char* departments[] = {"Cauca", "Nariño", "Caldas", "Chocó"};
    const auto& donor_types = scenario::EnumNames<scenario::DonorType>::names;
    const auto& presences = scenario::EnumNames<scenario::Presence>::names;
    const auto& routes = scenario::EnumNames<scenario::Route>::names;
    const auto& stages = scenario::EnumNames<scenario::StrategyStage>::names;
    json doc{{"name", "random"},
             {"seed", seed},
             {"years", {{"start", 2008}, {"end", 2008 + rng.uniform_int(3, 14)}}}};
    for (int t = 0; t < territories; ++t) {
        doc["territories"].push_back({
            {"dane_code", 1000 + t},
            {"name", "T" + std::to_string(t)},
            {"department", departments[rng.uniform_int(0, 3)]},
            {"category", rng.uniform_int(0, 6)},
            {"population", 1000.0 + 500000.0 * rng.uniform() * rng.uniform()},
            {"rural_share", rng.uniform()},
            {"ethnic_share", rng.uniform()},
            {"budget_cop", 1e9 + 1e12 * rng.uniform() * rng.uniform()},
            {"conflict_events", 20.0 * rng.uniform() * rng.uniform()},
            {"stage", stages[rng.uniform_int(0, 2)]},
            {"committee", rng.bernoulli(0.3)},
            {"technical", rng.uniform()},
            {"planning", rng.uniform()},
            {"visibility", rng.uniform()},
            {"is_capital", rng.bernoulli(0.1)},
            {"twinning_partners", rng.uniform_int(0, 2)},
            {"network_memberships", rng.uniform_int(0, 2)},
        });
    }
    for (int d = 0; d < donors; ++d) {
        json donor_routes = json::array();
        for (const char* r : routes)
            if (rng.bernoulli(0.4)) donor_routes.push_back(r);
        if (donor_routes.empty()) donor_routes.push_back(routes[rng.uniform_int(0, 6)]);
        const int years_min = rng.uniform_int(1, 3);
        doc["donors"].push_back({
            {"name", "D" + std::to_string(d)},
            {"type", donor_types[rng.uniform_int(0, 6)]},
            {"budget_usd", 1e5 + 2e7 * rng.uniform()},
            {"budget_volatility", 0.3 * rng.uniform()},
            {"budget_path",
             {{{"year", 2009}, {"value", 0.2 + rng.uniform()}},
              {{"year", 2012}, {"value", rng.uniform() * 2}}}},
            {"national_share", rng.uniform()},
            {"presence", presences[rng.uniform_int(0, 3)]},
            {"routes", donor_routes},
            {"regional_preference", rng.uniform()},
            {"grant_min_usd", 1e4},
            {"grant_max_usd", 1e4 + 1e6 * rng.uniform()},
            {"project_years_min", years_min},
            {"project_years_max", years_min + rng.uniform_int(0, 3)},
            {"max_partners", rng.uniform_int(0, 30)},
            {"reciprocity", rng.bernoulli(0.3)},
            {"renewal_propensity", rng.uniform()},
            {"trust_threshold", rng.uniform() * 0.5},
        });
    }
    doc["regional_allies"] = json::array({{{"name", "Association"},
                                           {"kind", "association"},
                                           {"department", "Cauca"},
                                           {"start_year", 2010}}});
    doc["parameters"] = {{"lapse_rate", rng.uniform()},
                         {"formal_protection", rng.uniform()},
                         {"exploring_rate", rng.uniform()},
                         {"committee_rate", rng.uniform()},
                         {"formalise_rate", rng.uniform()},
                         {"unspent_to_national", rng.bernoulli(0.5)},
                         {"quality_noise", 0.3 * rng.uniform()},
                         {"conflict_multiplier", {{{"year", 2010}, {"value", 3 * rng.uniform()}}}}};
    return doc;
}

}  // namespace coopsim::testing
