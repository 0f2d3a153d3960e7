// The scenario schema: every key of a scenario file with its type, unit, default, allowed range
// and meaning, the struct member that holds it (schema_binding.hpp), and the rules across keys.
// This table is the only place defaults live; the converter (convert.cpp) reads a validated
// document through the members bound here and knows no key by name.
#include "sim/scenario/schema.hpp"

#include <utility>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/schema_binding.hpp"

namespace coopsim::scenario::schema {

namespace {

using nlohmann::json;

NodePtr share(std::string unit = {}) {
    return number(closed(0, 1), std::move(unit));
}
NodePtr non_negative(std::string unit = {}) {
    return number(at_least(0), std::move(unit));
}
NodePtr rate(std::string unit = {}) {
    return share(std::move(unit));
}
NodePtr weight(std::string unit = {}) {
    return number(closed(0, 10), std::move(unit));
}
NodePtr calendar_year() {
    return integer(closed(1900, 2100), "year");
}
NodePtr simulated_year() {
    return integer(closed(kFirstSimulatedYear, kLastSimulatedYear), "year");
}

// A year-indexed path, e.g. [{"year": 2008, "value": 1967}, ...]: sorted at loading, each value
// held until the next listed year.
NodePtr year_path(Range value_range, std::string unit, std::string value_meaning) {
    return sorted_by_year(array(object({
        key("year", &YearValue::year, calendar_year(), required,
            "Calendar year from which the value holds"),
        key("value", &YearValue::value, number(value_range, std::move(unit)), required,
            std::move(value_meaning)),
    })));
}

// Yearly averages of the representative market rate (TRM, Banco de la República).
json trm_yearly_averages() {
    constexpr std::pair<int, double> kTrm[] = {
        {2008, 1967}, {2009, 2158}, {2010, 1898}, {2011, 1848}, {2012, 1798}, {2013, 1869},
        {2014, 2001}, {2015, 2742}, {2016, 3054}, {2017, 2951}, {2018, 2956}, {2019, 3281},
        {2020, 3693}, {2021, 3743}, {2022, 4255}, {2023, 4325}, {2024, 4072}};
    json path = json::array();
    for (const auto& [year, value] : kTrm)
        path.push_back({{"year", year}, {"value", value}});
    return path;
}

NodePtr territory_node() {
    return object({
        key("dane_code", &TerritorySpec::dane_code, integer(closed(1, 99999)), required,
            "DANE code of the municipality (department digits first); unique"),
        key("name", &TerritorySpec::name, non_empty_text(), required, "Name of the municipality"),
        key("department", &TerritorySpec::department, non_empty_text(), required,
            "Department it belongs to"),
        key("category", &TerritorySpec::category, integer(closed(0, 6)), 6,
            "Fiscal category (Law 617 of 2000): 0 = special, then 1 (largest) to 6 (smallest)"),
        key("population", &TerritorySpec::population, number(above(0), "inhabitants"), required,
            "Population"),
        key("rural_share", &TerritorySpec::rural_share, share("share"), 0.5,
            "Share of the population living in rural areas"),
        key("ethnic_share", &TerritorySpec::ethnic_share, share("share"), 0,
            "Share of indigenous or other ethnic population"),
        key("area_km2", &TerritorySpec::area_km2, non_negative("km²"), 0, "Area"),
        key("distance_to_capital_km", &TerritorySpec::distance_to_capital_km, non_negative("km"), 0,
            "Distance to the departmental capital (remoteness)"),
        key("is_capital", &TerritorySpec::is_capital, boolean(), false,
            "Whether it is a departmental capital (or Bogotá D.C.)"),
        key("budget_cop", &TerritorySpec::budget_cop, non_negative("COP/year"), required,
            "Annual municipal budget"),
        key("sgp_dependence", &TerritorySpec::sgp_dependence, share("share"), 0.8,
            "Share of the budget that comes from national transfers (SGP)"),
        key("private_sector", &TerritorySpec::private_sector, share(), 0.2,
            "Presence of a private sector, from none (0) to strong (1)"),
        key("conflict_events", &TerritorySpec::conflict_events, non_negative("events/year"), 0,
            "Baseline armed-conflict events per year")
            .cited("per scenario (Caldono: 10, engineers' rounding)"),
        key("conflict_by_year", &TerritorySpec::conflict_by_year,
            year_path(at_least(0), "events/year", "Conflict events that year"), json::array(),
            "Observed conflict events by year; they replace the random draw")
            .cited("observed data (Caldono 2011: 31, §3.1, from CRIC 2011)"),
        key("unmet_needs", &TerritorySpec::unmet_needs, share(), 0.5,
            "Initial index of unmet needs"),
        key("stage", &TerritorySpec::stage, one_of(names_of<StrategyStage>()), "none",
            "Initial stage of its international-cooperation strategy"),
        key("committee", &TerritorySpec::committee, boolean(), false,
            "Whether a municipal cooperation committee exists at the start"),
        key("technical", &TerritorySpec::technical, share(), 0.1,
            "Initial technical capacity: formulating and managing projects, knowing donors"),
        key("planning", &TerritorySpec::planning, share(), 0.1,
            "Initial planning capacity: needs identified and aligned with the development plan"),
        key("visibility", &TerritorySpec::visibility, share(), 0.05,
            "Initial national and international visibility"),
        key("mayor_priority", &TerritorySpec::mayor_priority, number(closed(-1, 1)), -1,
            "Initial mayor's priority for international action; negative: drawn at set-up as at "
            "an election"),
        key("twinning_partners", &TerritorySpec::twinning_partners, integer(closed(0, 100)), 0,
            "Twinning partners at the start"),
        key("network_memberships", &TerritorySpec::network_memberships, integer(closed(0, 100)), 0,
            "Memberships of networks and associations at the start"),
        key("committee_allowed", &TerritorySpec::committee_allowed, boolean(), true,
            "false: no committee ever forms (counterfactual runs)"),
        key("max_stage", &TerritorySpec::max_stage, one_of(names_of<StrategyStage>()), "formal",
            "Highest stage the strategy may reach (counterfactual runs)"),
        key("strategy_events", &TerritorySpec::strategy_events,
            sorted_by_year(array(object({
                key("year", &StrategyEvent::year, calendar_year(), required,
                    "Year it happens; within `years`"),
                key("kind", &StrategyEvent::kind, one_of(names_of<StrategyEventKind>()), required,
                    "What happens: training (technical capacity, stage at least exploring), "
                    "committee (formed), agenda (formal stage with a budget line), recognition "
                    "(visibility), academic_agreement (planning and technical capacity)"),
            }))),
            json::array(), "Scripted milestones of the strategy, e.g. Caldono's 2009 training"),
        key("actors", &TerritorySpec::actors,
            array(object({
                key("type", &ActorGroup::type, one_of(names_of<ActorType>()), required,
                    "Type of local actor"),
                key("count", &ActorGroup::count, integer(closed(0, 1000)), required,
                    "Number of identical actors in the group"),
                key("capacity", &ActorGroup::capacity, share(), 0.3, "Capacity of each actor"),
                key("own_resources_cop", &ActorGroup::own_resources_cop, non_negative("COP/year"),
                    0, "Own resources of each actor"),
                key("donor_link", &ActorGroup::donor_link, share("probability"), 0.05,
                    "Chance that each actor has its own international partner"),
                key("trust_in_government", &ActorGroup::trust_in_government, share(), 0.5,
                    "Initial trust in the local government"),
            })),
            json::array(), "Groups of local actors; empty: generated from `local_actors`"),
    });
}

NodePtr donor_node() {
    return object({
        key("name", &DonorSpec::name, non_empty_text(), required, "Name of the donor; unique")
            .cited("§4.1–4.5, Table 1"),
        key("type", &DonorSpec::type, one_of(names_of<DonorType>()), required,
            "Type of donor (model brief, Table 1)")
            .cited("§4.1–4.5, Table 1"),
        key("budget_usd", &DonorSpec::budget_usd, non_negative("USD/year"), required,
            "Budget for Colombia in the first simulated year")
            .cited("per scenario; SF7 (US$575.7 M ODA in 2010) for a national baseline"),
        key("budget_path", &DonorSpec::budget_path,
            year_path(at_least(0), "multiplier", "Multiplier of `budget_usd`"), json::array(),
            "Multiplier of `budget_usd` by year, e.g. cuts after the 2008 crisis")
            .cited(
                "cuts after 2008: Dabla-Norris, Minoiu & Zanna (2010); Spain's ODA −49.7 % in 2012 "
                "(Caldono's AECID path: 1.0 from 2008, 0.5 from 2012, 0.3 from 2013); list the "
                "first simulated year, since earlier years take the first listed value (§6.1)"),
        key("budget_volatility", &DonorSpec::budget_volatility, share("sd of log shock"), 0.05,
            "Standard deviation of the yearly log-normal budget shock")
            .cited("engineers' choice"),
        key("national_share", &DonorSpec::national_share, share("share"), 0.3,
            "Share of the budget that goes to national-level recipients")
            .cited("engineers' choice"),
        key("presence", &DonorSpec::presence, one_of(names_of<Presence>()), "none",
            "Where the donor has staff on the ground")
            .cited("§4.1–4.4"),
        key("departments", &DonorSpec::departments, array(non_empty_text()), json::array(),
            "Departments where it works; empty: the whole country")
            .cited("§4.1 \"cobertura territorial\""),
        key("routes", &DonorSpec::routes, array(one_of(names_of<Route>()), 1, true), required,
            "Access routes through which it funds territories, each at most once")
            .cited("Table 1"),
        key("priorities", &DonorSpec::priorities,
            object({
                key("need", &DonorPriorities::need, weight("weight"), 1, "Weight of unmet needs")
                    .cited("§2, §6; engineers' choice"),
                key("conflict", &DonorPriorities::conflict, weight("weight"), 0,
                    "Weight of conflict-affected territories")
                    .cited("per donor (§2 Plan Colombia round tables: conflict areas)"),
                key("indigenous", &DonorPriorities::indigenous, weight("weight"), 0,
                    "Weight of indigenous and ethnic population")
                    .cited("per donor (§2 Plan Colombia round tables: conflict areas)"),
                key("rural", &DonorPriorities::rural, weight("weight"), 0,
                    "Weight of rural population")
                    .cited("per donor (§2 Plan Colombia round tables: conflict areas)"),
                key("capitals", &DonorPriorities::capitals, weight("weight"), 0,
                    "Weight of departmental capitals")
                    .cited("per donor (§2 Plan Colombia round tables: conflict areas)"),
            }),
            from_fields, "Thematic and geographic fit of a territory to the donor"),
        key("weights", &DonorSpec::weights,
            object({
                key("need", &DonorWeights::need, weight("weight"), 0.36,
                    "Weight of the territory's need")
                    .cited("need: Hoeffler & Outram (2008), recipient need ≈ 36 % of predicted aid "
                           "beyond the donor-specific effects"),
                key("quality", &DonorWeights::quality, weight("weight"), 0.1,
                    "Weight of the proposal's quality (merit)")
                    .cited("merit, as the proposal's quality. Hoeffler & Outram find recipient "
                           "merit (growth, democracy, human rights) ≈ 2 % of predicted aid between "
                           "countries; at project level a donor choosing among proposals looks at "
                           "their quality (open calls, §4.4), so the default is set well above 2 "
                           "%: engineers' choice"),
                key("trust", &DonorWeights::trust, weight("weight"), 0.15,
                    "Weight of trust and track record")
                    .cited("track record with the territory (§4.4 \"generar suficiente "
                           "confianza\"); engineers' choice"),
                key("visibility", &DonorWeights::visibility, weight("weight"), 0.1,
                    "Weight of the territory's visibility")
                    .cited("the territory's positioning (§3.1: recognition, Expoinnovación 2009); "
                           "not a term of Hoeffler & Outram's decomposition; engineers' choice"),
                key("herding", &DonorWeights::herding, weight("weight"), 0.11,
                    "Weight of what other donors fund there")
                    .cited("Frot & Santiso (2009): herding ≈ 11 % (their preferred index, on "
                           "three-year disbursements); multilaterals hardly herd, so a scenario "
                           "may lower it for them"),
                key("fit", &DonorWeights::fit, weight("weight"), 0.16,
                    "Weight of the fit with its own priorities (self-interest)")
                    .cited("fit with the donor's own priorities (`priorities.*`), which stands for "
                           "donor self-interest: Hoeffler & Outram, self-interest ≈ 16 % of "
                           "predicted aid"),
            }),
            from_fields, "How the donor ranks proposals (Hoeffler & Outram 2008)"),
        key("regional_preference", &DonorSpec::regional_preference, share(), 0,
            "Preference for regional projects that bundle several municipalities")
            .cited("§4.2"),
        key("grant_min_usd", &DonorSpec::grant_min_usd, non_negative("USD"), 20000,
            "Smallest grant")
            .cited("engineers' choice"),
        key("grant_max_usd", &DonorSpec::grant_max_usd, non_negative("USD"), 200000,
            "Largest grant")
            .cited("engineers' choice"),
        key("project_years_min", &DonorSpec::project_years_min, integer(closed(1, 10), "years"), 1,
            "Shortest project")
            .cited("§4.4, §5 medium term; engineers' choice"),
        key("project_years_max", &DonorSpec::project_years_max, integer(closed(1, 10), "years"), 3,
            "Longest project")
            .cited("§4.4, §5 medium term; engineers' choice"),
        key("max_partners", &DonorSpec::max_partners, integer(closed(0, 100000), "territories"), 20,
            "Most territories it can fund at once")
            .cited("engineers' choice"),
        key("reciprocity", &DonorSpec::reciprocity, boolean(), false,
            "Needs something to exchange: South-South cooperation is two-way")
            .cited("§4.5 \"doble vía y gana-gana\" (true for South-South donors)"),
        key("renewal_propensity", &DonorSpec::renewal_propensity, share(), 0.5,
            "Readiness to renew a project with a trusted partner")
            .cited("engineers' choice"),
        key("trust_threshold", &DonorSpec::trust_threshold, share(), 0,
            "Trust a territory needs before the donor funds it where it has no presence")
            .cited("§4.4 \"generar suficiente confianza\"; engineers' choice"),
    });
}

NodePtr route_node(double min_technical, const char* min_stage, double selection_odds,
                   int delay_years, double preparation_cost_cop) {
    return object({
        key("min_technical", &RouteSpec::min_technical, share(), min_technical,
            "Technical capacity a territory needs to use the route"),
        key("min_stage", &RouteSpec::min_stage, one_of(names_of<StrategyStage>()), min_stage,
            "Strategy stage a territory needs to use the route"),
        key("selection_odds", &RouteSpec::selection_odds, number(above_up_to(0, 1), "probability"),
            selection_odds, "Chance that a ranked proposal survives the route's own competition"),
        key("delay_years", &RouteSpec::delay_years, integer(closed(0, 5), "years"), delay_years,
            "Years from approval to the first disbursement"),
        key("preparation_cost_cop", &RouteSpec::preparation_cost_cop, non_negative("COP"),
            preparation_cost_cop, "Cost of preparing one proposal on the route"),
    });
}

// The route's key under `routes`, held by its element of Scenario::routes; an absent route takes
// its fields' defaults.
Field route_key(Route route, NodePtr node, std::string description) {
    return key_held_by<Scenario>(
        name_of(route),
        [route](Scenario& s) -> RouteSpec& { return s.routes[static_cast<int>(route)]; },
        std::move(node), from_fields, std::move(description));
}

NodePtr routes_node() {
    return object({
        route_key(Route::official_national_agency, route_node(0.2, "exploring", 0.8, 1, 5e6),
                  "Official route, with the national agency's endorsement"),
        route_key(Route::official_open_call, route_node(0.3, "none", 0.08, 1, 1e7),
                  "Official open calls: one proposal among dozens or hundreds"),
        route_key(Route::decentralised_open_call, route_node(0.2, "none", 0.12, 1, 5e6),
                  "Open calls of decentralised, public and private sources"),
        route_key(Route::ngo, route_node(0, "none", 0.6, 0, 1e6), "Through an NGO"),
        route_key(Route::twinning, route_node(0.1, "exploring", 0.7, 0, 2e6),
                  "Twinning with a foreign municipality"),
        route_key(Route::networks, route_node(0.1, "exploring", 0.5, 0, 2e6),
                  "Networks of cities and regions"),
        route_key(Route::south_south, route_node(0.3, "formal", 0.4, 1, 5e6),
                  "South-South: mixed commission or direct"),
    });
}

NodePtr national_agency_node() {
    return object({
        key("training_budget_cop", &NationalAgencySpec::training_budget_cop,
            non_negative("COP/year"), 2e9, "Yearly budget for training territories")
            .cited("engineers' choice (40 trainings a year at the default cost)"),
        key("training_cost_cop", &NationalAgencySpec::training_cost_cop, number(above(0), "COP"),
            5e7, "Cost of training one territory")
            .cited("engineers' choice"),
        key("target_categories", &NationalAgencySpec::target_categories,
            array(integer(closed(0, 6))), json::array({5, 6}),
            "Fiscal categories its training targets")
            .cited("Law 617 of 2000 categories; the lever of H5 (§2, §6)"),
        key("training_gain", &NationalAgencySpec::training_gain, share(), 0.15,
            "Technical capacity a training adds")
            .cited("§3.1 (training from 2009); value engineers' choice"),
        key("endorsement_rate", &NationalAgencySpec::endorsement_rate, share("probability"), 0.7,
            "Chance that it endorses a proposal on the official route (no objeción)")
            .cited("Table 1 \"aval o la no objeción\"; value engineers' choice"),
        key("round_table_visibility", &NationalAgencySpec::round_table_visibility, share("1/year"),
            0.02, "Visibility that formal-stage territories gain per year at donor round tables")
            .cited("§4.4 donor meetings; value engineers' choice"),
    });
}

NodePtr regional_ally_node() {
    return object({
        key("name", &RegionalAllySpec::name, non_empty_text(), required, "Name of the ally; unique")
            .cited("§3, §4.2"),
        key("kind", &RegionalAllySpec::kind, one_of(names_of<AllyKind>()), required,
            "Departmental cooperation system, association of municipalities or development agency")
            .cited("§3, §4.2"),
        key("department", &RegionalAllySpec::department, non_empty_text(), required,
            "Department where it works")
            .cited("§3, §4.2"),
        key("members", &RegionalAllySpec::members, array(integer(closed(1, 99999))), json::array(),
            "DANE codes of its member territories; empty: every municipality of the department")
            .cited("per scenario"),
        key("start_year", &RegionalAllySpec::start_year, calendar_year(), 1900,
            "First year it is active")
            .cited("per scenario (Cauca's committee: 2009)"),
        key("end_year", &RegionalAllySpec::end_year, calendar_year(), 2100,
            "Last year it is active")
            .cited("per scenario (Cauca's committee: 2009)"),
        key("technical_support", &RegionalAllySpec::technical_support,
            number(closed(0, 0.2), "1/year"), 0.02,
            "Technical capacity it gives each member per year")
            .cited("engineers' choice"),
        key("bundles_proposals", &RegionalAllySpec::bundles_proposals, boolean(), true,
            "Whether it bundles member proposals into regional projects")
            .cited("§4.2 \"la asociatividad\""),
    });
}

NodePtr local_actors_node() {
    return object({
        key("base_count", &LocalActorRules::base_count, number(closed(0, 100), "actors"), 3,
            "Actors in every territory, before population")
            .cited("engineers' choice"),
        key("per_10k_inhabitants", &LocalActorRules::per_10k_inhabitants,
            number(closed(0, 100), "actors"), 1.5, "Further actors per 10,000 inhabitants")
            .cited("engineers' choice"),
        key("max_count", &LocalActorRules::max_count, integer(closed(0, 1000), "actors"), 40,
            "Most actors in one territory")
            .cited("engineers' choice"),
        key("capacity_mean", &LocalActorRules::capacity_mean, share(), 0.3,
            "Mean capacity of an actor")
            .cited("engineers' choice"),
        key("donor_link_probability", &LocalActorRules::donor_link_probability,
            share("probability"), 0.05, "Chance that an actor has its own international partner")
            .cited("§4.3; value engineers' choice"),
        key("trust_in_government", &LocalActorRules::trust_in_government, share(), 0.5,
            "Initial trust in the local government")
            .cited("neutral start; engineers' choice"),
        key("own_resources_cop", &LocalActorRules::own_resources_cop, non_negative("COP/year"), 2e7,
            "Own resources of an actor")
            .cited("engineers' choice"),
    });
}

// A key of `group`.
Field in_group(const char* group, Field field) {
    field.group = group;
    return field;
}

// The keys of parameters.def, each bound to its member of Parameters.
std::vector<Field> declared_parameters() {
#define COOPSIM_PARAMETER(group, type, name, node, fallback, meaning, source) \
    in_group(#group, key(#name, &Parameters::name, node, fallback, meaning).cited(source)),
    return {
#include "sim/scenario/parameters.def"
    };
#undef COOPSIM_PARAMETER
}

// Conflict.
std::vector<Field> conflict_parameters() {
    return {
        key("conflict_multiplier", &Parameters::conflict_multiplier,
            year_path(at_least(0), "multiplier", "National multiplier"), json::array(),
            "National multiplier of conflict events by year")
            .cited("national surges or the peace process; engineers' choice per scenario"),
    };
}

NodePtr parameters_node() {
    return object(joined({declared_parameters(), grouped("conflict", conflict_parameters())}));
}

NodePtr targets_node() {
    return object({
        key("facts", &Targets::facts,
            array(one_of({"SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7", "SF8"}), 0, true),
            json::array({"SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7", "SF8"}),
            "Stylised facts of the model brief that `coopsim check` tests this scenario on "
            "(docs/VALIDATION.md)"),
        key("case", &Targets::case_target,
            object({
                key("dane_code", &CaseTarget::dane_code, integer(closed(1, 99999)), required,
                    "The territory whose strategy is checked (a DANE code of `territories`)"),
                key("first_year", &CaseTarget::first_year, calendar_year(), 2008,
                    "First year of the period summed"),
                key("last_year", &CaseTarget::last_year, calendar_year(), 2011,
                    "Last year of the period summed"),
                key("received_cop_min", &CaseTarget::received_cop_min, non_negative("COP"),
                    required,
                    "Least cooperation received over the period (median over replications)"),
                key("received_cop_max", &CaseTarget::received_cop_max, non_negative("COP"),
                    required,
                    "Most cooperation received over the period (median over replications)"),
                key("counterfactual_max_share", &CaseTarget::counterfactual_max_share,
                    share("share"), 1.0 / 3.0,
                    "Most the same territory may receive without committee and agenda, as a "
                    "share of what it receives with them"),
            }),
            absent("SF2 not checked"), "SF2: one territory's strategy against its counterfactual"),
        key("oda", &Targets::oda,
            object({
                key("year", &OdaTarget::year, calendar_year(), 2010, "Year compared"),
                key("oda_usd", &OdaTarget::oda_usd, non_negative("USD"), required,
                    "Official development assistance that year: every donor other than South-South "
                    "partners and private foundations"),
                key("new_sources_usd", &OdaTarget::new_sources_usd, non_negative("USD"), required,
                    "New sources that year: South-South partners and private foundations"),
                key("tolerance", &OdaTarget::tolerance, number(above_up_to(0, 1), "share"), 0.1,
                    "Relative tolerance around each amount"),
            }),
            absent("SF7 not checked"), "SF7: what donors disburse in Colombia in one year"),
    });
}

NodePtr scenario_node() {
    return object({
        key("description", &Scenario::description, text(), "", "Free text about the scenario"),
        consumed_by_loader(key(
            "extends", non_empty_text(), absent("none"),
            "Base scenario file (relative to this file) that this file changes as a merge patch")),
        key("name", &Scenario::name, non_empty_text(), absent("the file's stem"),
            "Name of the scenario, in outputs; never inherited through `extends`"),
        key("seed", &Scenario::seed, integer64(at_least(0)), 1,
            "Seed of every random stream of a run"),
        key("years",
            object({
                key("start", &Scenario::start_year, simulated_year(), 2008, "First simulated year"),
                key("end", &Scenario::end_year, simulated_year(), 2027,
                    "Last simulated year; not before `start`"),
            }),
            from_fields, "Simulated years"),
        key("cop_per_usd", &Scenario::cop_per_usd,
            year_path(above(0), "COP per USD", "Exchange rate that year"), trm_yearly_averages(),
            "Exchange rate by year, held between listed years; default: yearly averages of the "
            "TRM (Banco de la República), 2008-2024")
            .cited("yearly averages of the TRM, Banco de la República; held after 2024"),
        key("territories", &Scenario::territories, array(territory_node()), json::array(),
            "Municipalities; at least one here or in `territories_csv`"),
        consumed_by_loader(
            key("territories_csv", non_empty_text(), absent("none"),
                "CSV file of further territories (relative to the file that names it), appended "
                "after `territories`")),
        consumed_by_loader(key(
            "territory_overrides", map_of(territory_node(), "DANE code"), absent("none"),
            "Changes to single territories, keyed by DANE code (e.g. \"19137\"): each value is a "
            "merge patch of that item of `territories` (the CSV's rows included), applied before "
            "validation; lets a what-if change one municipality without restating the list")),
        key("donors", &Scenario::donors, array(donor_node()), json::array(), "Donors"),
        consumed_by_loader(key(
            "donor_overrides", map_of(donor_node(), "donor name"), absent("none"),
            "Changes to single donors, keyed by name: each value is a merge patch of that item of "
            "`donors`, applied before validation")),
        key("national_agency", &Scenario::national_agency, national_agency_node(), from_fields,
            "The national cooperation agency (Acción Social, APC from 2011)"),
        key("regional_allies", &Scenario::regional_allies, array(regional_ally_node()),
            json::array(),
            "Departmental systems, associations of municipalities and development agencies"),
        key("routes", routes_node(), from_fields, "The seven access routes of Table 1"),
        key("local_actors", &Scenario::local_actors, local_actors_node(), from_fields,
            "How local actors are generated where a territory lists none"),
        key("parameters", &Scenario::parameters, parameters_node(), from_fields,
            "Behavioural parameters of the model"),
        key("targets", &Scenario::targets, targets_node(), from_fields,
            "What `coopsim check` compares the scenario with (docs/VALIDATION.md)"),
    });
}

std::vector<Rule> scenario_rules() {
    return {
        not_empty("/territories",
                  "at least one territory, inline in `territories` or from `territories_csv`"),
        not_less("/years", "start", "end"),
        not_less("/donors/*", "grant_min_usd", "grant_max_usd"),
        not_less("/donors/*", "project_years_min", "project_years_max"),
        not_less("/regional_allies/*", "start_year", "end_year"),
        unique("/territories", "dane_code"),
        unique("/donors", "name"),
        unique("/regional_allies", "name"),
        unique("/cop_per_usd", "year"),
        unique("/territories/*/conflict_by_year", "year"),
        unique("/donors/*/budget_path", "year"),
        unique("/parameters/conflict_multiplier", "year"),
        member_of("/regional_allies/*/members/*", "/territories/*/dane_code"),
        member_of("/targets/case/dane_code", "/territories/*/dane_code"),
        not_less("/targets/case", "first_year", "last_year"),
        not_less("/targets/case", "received_cop_min", "received_cop_max"),
        within("/territories/*/strategy_events/*/year", "/years/start", "/years/end"),
        within("/territories/*/conflict_by_year/*/year", "/years/start", "/years/end"),
    };
}

}  // namespace

const Node& scenario() {
    static const NodePtr root = scenario_node();
    return *root;
}

const std::vector<Rule>& rules() {
    static const std::vector<Rule> all = scenario_rules();
    return all;
}

const Node& territory() {
    return *scenario().find("territories")->node->items;
}

}  // namespace coopsim::scenario::schema
