// The scenario schema: every key of a scenario file with its type, unit, default, allowed range
// and meaning, and the rules across keys. This table is the only place defaults live; the
// converter (convert.cpp) reads the validated document and has none of its own.
#include "sim/scenario/schema.hpp"

#include <utility>

#include "sim/scenario/enum_names.hpp"

namespace coopsim::scenario::schema {

namespace {

using nlohmann::json;

NodePtr share(std::string unit = {}) {
    return number(closed(0, 1), std::move(unit));
}
NodePtr non_negative(std::string unit = {}) {
    return number(at_least(0), std::move(unit));
}
NodePtr weight() {
    return number(closed(0, 10));
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
    return array(object({
        key("year", calendar_year(), required, "Calendar year from which the value holds"),
        key("value", number(value_range, std::move(unit)), required, std::move(value_meaning)),
    }));
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
        key("dane_code", integer(closed(1, 99999)), required,
            "DANE code of the municipality (department digits first); unique"),
        key("name", non_empty_text(), required, "Name of the municipality"),
        key("department", non_empty_text(), required, "Department it belongs to"),
        key("category", integer(closed(0, 6)), 6,
            "Fiscal category (Law 617 of 2000): 0 = special, then 1 (largest) to 6 (smallest)"),
        key("population", number(above(0), "inhabitants"), required, "Population"),
        key("rural_share", share("share"), 0.5, "Share of the population living in rural areas"),
        key("ethnic_share", share("share"), 0, "Share of indigenous or other ethnic population"),
        key("area_km2", non_negative("km²"), 0, "Area"),
        key("distance_to_capital_km", non_negative("km"), 0,
            "Distance to the departmental capital (remoteness)"),
        key("is_capital", boolean(), false,
            "Whether it is a departmental capital (or Bogotá D.C.)"),
        key("budget_cop", non_negative("COP/year"), required, "Annual municipal budget"),
        key("sgp_dependence", share("share"), 0.8,
            "Share of the budget that comes from national transfers (SGP)"),
        key("private_sector", share(), 0.2,
            "Presence of a private sector, from none (0) to strong (1)"),
        key("conflict_events", non_negative("events/year"), 0,
            "Baseline armed-conflict events per year"),
        key("conflict_by_year", year_path(at_least(0), "events/year", "Conflict events that year"),
            json::array(), "Observed conflict events by year; they replace the random draw"),
        key("unmet_needs", share(), 0.5, "Initial index of unmet needs"),
        key("stage", one_of(names_of<StrategyStage>()), "none",
            "Initial stage of its international-cooperation strategy"),
        key("committee", boolean(), false,
            "Whether a municipal cooperation committee exists at the start"),
        key("technical", share(), 0.1,
            "Initial technical capacity: formulating and managing projects, knowing donors"),
        key("planning", share(), 0.1,
            "Initial planning capacity: needs identified and aligned with the development plan"),
        key("visibility", share(), 0.05, "Initial national and international visibility"),
        key("mayor_priority", number(closed(-1, 1)), -1,
            "Initial mayor's priority for international action; negative: drawn at set-up as at "
            "an election"),
        key("twinning_partners", integer(closed(0, 100)), 0, "Twinning partners at the start"),
        key("network_memberships", integer(closed(0, 100)), 0,
            "Memberships of networks and associations at the start"),
        key("committee_allowed", boolean(), true,
            "false: no committee ever forms (counterfactual runs)"),
        key("max_stage", one_of(names_of<StrategyStage>()), "formal",
            "Highest stage the strategy may reach (counterfactual runs)"),
        key("strategy_events",
            array(object({
                key("year", calendar_year(), required, "Year it happens; within `years`"),
                key("kind", one_of(names_of<StrategyEventKind>()), required,
                    "What happens: training (technical capacity, stage at least exploring), "
                    "committee (formed), agenda (formal stage with a budget line), recognition "
                    "(visibility), academic_agreement (planning and technical capacity)"),
            })),
            json::array(), "Scripted milestones of the strategy, e.g. Caldono's 2009 training"),
        key("actors",
            array(object({
                key("type", one_of(names_of<ActorType>()), required, "Type of local actor"),
                key("count", integer(closed(0, 1000)), required,
                    "Number of identical actors in the group"),
                key("capacity", share(), 0.3, "Capacity of each actor"),
                key("own_resources_cop", non_negative("COP/year"), 0,
                    "Own resources of each actor"),
                key("donor_link", share("probability"), 0.05,
                    "Chance that each actor has its own international partner"),
                key("trust_in_government", share(), 0.5, "Initial trust in the local government"),
            })),
            json::array(), "Groups of local actors; empty: generated from `local_actors`"),
    });
}

NodePtr donor_node() {
    return object({
        key("name", non_empty_text(), required, "Name of the donor; unique"),
        key("type", one_of(names_of<DonorType>()), required,
            "Type of donor (model brief, Table 1)"),
        key("budget_usd", non_negative("USD/year"), required,
            "Budget for Colombia in the first simulated year"),
        key("budget_path", year_path(at_least(0), "multiplier", "Multiplier of `budget_usd`"),
            json::array(), "Multiplier of `budget_usd` by year, e.g. cuts after the 2008 crisis"),
        key("budget_volatility", share(), 0.05,
            "Standard deviation of the yearly log-normal budget shock"),
        key("national_share", share("share"), 0.3,
            "Share of the budget that goes to national-level recipients"),
        key("presence", one_of(names_of<Presence>()), "none",
            "Where the donor has staff on the ground"),
        key("departments", array(non_empty_text()), json::array(),
            "Departments where it works; empty: the whole country"),
        key("routes", array(one_of(names_of<Route>()), 1, true), required,
            "Access routes through which it funds territories, each at most once"),
        key("priorities",
            object({
                key("need", weight(), 1, "Weight of unmet needs"),
                key("conflict", weight(), 0, "Weight of conflict-affected territories"),
                key("indigenous", weight(), 0, "Weight of indigenous and ethnic population"),
                key("rural", weight(), 0, "Weight of rural population"),
                key("capitals", weight(), 0, "Weight of departmental capitals"),
            }),
            from_fields, "Thematic and geographic fit of a territory to the donor"),
        key("weights",
            object({
                key("need", weight(), 0.36, "Weight of the territory's need"),
                key("quality", weight(), 0.1, "Weight of the proposal's quality (merit)"),
                key("trust", weight(), 0.15, "Weight of trust and track record"),
                key("visibility", weight(), 0.1, "Weight of the territory's visibility"),
                key("herding", weight(), 0.11, "Weight of what other donors fund there"),
                key("fit", weight(), 0.16,
                    "Weight of the fit with its own priorities (self-interest)"),
            }),
            from_fields, "How the donor ranks proposals (Hoeffler & Outram 2008)"),
        key("regional_preference", share(), 0,
            "Preference for regional projects that bundle several municipalities"),
        key("grant_min_usd", non_negative("USD"), 20000, "Smallest grant"),
        key("grant_max_usd", non_negative("USD"), 200000, "Largest grant"),
        key("project_years_min", integer(closed(1, 10), "years"), 1, "Shortest project"),
        key("project_years_max", integer(closed(1, 10), "years"), 3, "Longest project"),
        key("max_partners", integer(closed(0, 100000)), 20, "Most territories it can fund at once"),
        key("reciprocity", boolean(), false,
            "Needs something to exchange: South-South cooperation is two-way"),
        key("renewal_propensity", share(), 0.5,
            "Readiness to renew a project with a trusted partner"),
        key("trust_threshold", share(), 0,
            "Trust a territory needs before the donor funds it where it has no presence"),
    });
}

NodePtr route_node(double min_technical, const char* min_stage, double selection_odds,
                   int delay_years, double preparation_cost_cop) {
    return object({
        key("min_technical", share(), min_technical,
            "Technical capacity a territory needs to use the route"),
        key("min_stage", one_of(names_of<StrategyStage>()), min_stage,
            "Strategy stage a territory needs to use the route"),
        key("selection_odds", number(above_up_to(0, 1), "probability"), selection_odds,
            "Chance that a ranked proposal survives the route's own competition"),
        key("delay_years", integer(closed(0, 5), "years"), delay_years,
            "Years from approval to the first disbursement"),
        key("preparation_cost_cop", non_negative("COP"), preparation_cost_cop,
            "Cost of preparing one proposal on the route"),
    });
}

NodePtr routes_node() {
    return object({
        key("official_national_agency", route_node(0.2, "exploring", 0.8, 1, 5e6), from_fields,
            "Official route, with the national agency's endorsement"),
        key("official_open_call", route_node(0.3, "none", 0.08, 1, 1e7), from_fields,
            "Official open calls: one proposal among dozens or hundreds"),
        key("decentralised_open_call", route_node(0.2, "none", 0.12, 1, 5e6), from_fields,
            "Open calls of decentralised, public and private sources"),
        key("ngo", route_node(0, "none", 0.6, 0, 1e6), from_fields, "Through an NGO"),
        key("twinning", route_node(0.1, "exploring", 0.7, 0, 2e6), from_fields,
            "Twinning with a foreign municipality"),
        key("networks", route_node(0.1, "exploring", 0.5, 0, 2e6), from_fields,
            "Networks of cities and regions"),
        key("south_south", route_node(0.3, "formal", 0.4, 1, 5e6), from_fields,
            "South-South: mixed commission or direct"),
    });
}

NodePtr national_agency_node() {
    return object({
        key("training_budget_cop", non_negative("COP/year"), 2e9,
            "Yearly budget for training territories"),
        key("training_cost_cop", number(above(0), "COP"), 5e7, "Cost of training one territory"),
        key("target_categories", array(integer(closed(0, 6))), json::array({5, 6}),
            "Fiscal categories its training targets"),
        key("training_gain", share(), 0.15, "Technical capacity a training adds"),
        key("endorsement_rate", share("probability"), 0.7,
            "Chance that it endorses a proposal on the official route (no objeción)"),
        key("round_table_visibility", share(), 0.02,
            "Visibility that formal-stage territories gain per year at donor round tables"),
    });
}

NodePtr regional_ally_node() {
    return object({
        key("name", non_empty_text(), required, "Name of the ally; unique"),
        key("kind", one_of(names_of<AllyKind>()), required,
            "Departmental cooperation system, association of municipalities or development agency"),
        key("department", non_empty_text(), required, "Department where it works"),
        key("members", array(integer(closed(1, 99999))), json::array(),
            "DANE codes of its member territories; empty: every municipality of the department"),
        key("start_year", calendar_year(), 1900, "First year it is active"),
        key("end_year", calendar_year(), 2100, "Last year it is active"),
        key("technical_support", number(closed(0, 0.2)), 0.02,
            "Technical capacity it gives each member per year"),
        key("bundles_proposals", boolean(), true,
            "Whether it bundles member proposals into regional projects"),
    });
}

NodePtr local_actors_node() {
    return object({
        key("base_count", number(closed(0, 100)), 3,
            "Actors in every territory, before population"),
        key("per_10k_inhabitants", number(closed(0, 100)), 1.5,
            "Further actors per 10,000 inhabitants"),
        key("max_count", integer(closed(0, 1000)), 40, "Most actors in one territory"),
        key("capacity_mean", share(), 0.3, "Mean capacity of an actor"),
        key("donor_link_probability", share("probability"), 0.05,
            "Chance that an actor has its own international partner"),
        key("trust_in_government", share(), 0.5, "Initial trust in the local government"),
        key("own_resources_cop", non_negative("COP/year"), 2e7, "Own resources of an actor"),
    });
}

NodePtr parameters_node() {
    const auto rate = [] { return share(); };
    return object({
        // Government and elections.
        key("first_term_start", calendar_year(), 2008,
            "First year of a mayoral term (terms start together nationwide since 2002)"),
        key("term_years", integer(closed(1, 10), "years"), 4, "Length of a mayoral term"),
        key("priority_alpha", number(above_up_to(0, 100)), 1.2,
            "Alpha of the Beta law of a new mayor's priority"),
        key("priority_beta", number(above_up_to(0, 100)), 2.5,
            "Beta of the Beta law of a new mayor's priority"),
        key("exploring_rate", rate(), 0.15, "Yearly chance scale of moving from none to exploring"),
        key("peer_imitation", number(closed(0, 5)), 0.3,
            "Weight of peers' visible success: good practice spreads"),
        key("committee_rate", rate(), 0.3, "Yearly chance scale of forming a committee"),
        key("formalise_rate", rate(), 0.25,
            "Yearly chance scale of moving from exploring to formal"),
        key("formal_min_technical", share(), 0.3, "Technical capacity needed to formalise"),
        key("budget_line_share", number(closed(0, 0.2), "share"), 0.02,
            "Share of the free-use budget (budget x (1 - sgp_dependence)) in the budget line at "
            "the mayor's priority 1"),
        key("effort_learning", rate(), 0.05, "Technical capacity gained per unit of effort"),
        key("capacity_decay", rate(), 0.03, "Yearly loss of technical and planning capacity"),
        key("visibility_decay", rate(), 0.05, "Yearly loss of visibility"),
        // Local actors.
        key("learning_rate", rate(), 0.3, "Weight of the newest payoff in an actor's attraction"),
        key("choice_sensitivity", number(closed(0, 100)), 3,
            "Logit sensitivity of actors to attraction differences"),
        key("exploration", rate(), 0.05, "Chance that an actor chooses at random"),
        key("coordination_cost", number(closed(0, 10)), 0.15, "Payoff cost of articulating"),
        key("pooling_synergy", number(closed(1, 5)), 2.5,
            "Quality multiplier of pooled (committee) proposals"),
        key("empowerment_gain", rate(), 0.15, "Yearly empowerment gained by articulated actors"),
        key("empowerment_decay", rate(), 0.05, "Yearly loss of empowerment"),
        key("trust_gain", rate(), 0.1, "Actors' trust in government gained after a success"),
        key("trust_loss", rate(), 0.1, "Actors' trust in government lost after a failure"),
        key("lone_proposal_rate", rate(), 0.2,
            "Chance that a lone actor writes a proposal, times its capacity"),
        key("actor_contribution", rate(), 0.1,
            "Share of its own resources an articulated actor puts into the committee's proposals"),
        // Proposals.
        key("proposals_per_capacity", number(closed(0, 50)), 8,
            "Extra proposals per unit of technical capacity"),
        key("max_proposals", integer(closed(0, 100)), 12,
            "Most proposals a territory writes a year"),
        key("quality_noise", rate(), 0.1, "Standard deviation of the noise in proposal quality"),
        key("regional_bonus", number(closed(0, 5)), 0.3,
            "Score bonus of a bundled proposal for a donor with regional_preference 1"),
        key("donor_noise", number(closed(0, 5)), 0.25,
            "Standard deviation of a donor's idiosyncratic judgement, relative to its weights"),
        key("remoteness_km", number(closed(0, 10000), "km"), 100,
            "Distance from the departmental capital at which a present donor's reach halves; "
            "0: distance does not matter"),
        // Projects and learning by doing.
        key("success_base", number(closed(-10, 10)), -0.5,
            "Log-odds of project success at zero capacity"),
        key("success_capacity", number(closed(0, 20)), 2,
            "Log-odds of success per unit of capacity"),
        key("success_articulation", number(closed(0, 20)), 1,
            "Log-odds of success per unit of articulation"),
        key("conflict_penalty", number(closed(0, 10)), 0.05,
            "Log-odds of success lost per conflict event"),
        key("learning_by_doing", rate(), 0.03,
            "Technical capacity gained per year of a running project"),
        key("visibility_gain", rate(), 0.05, "Visibility gained by a successful project"),
        key("donor_trust_gain", rate(), 0.2, "Donor's trust gained after a successful project"),
        key("donor_trust_loss", rate(), 0.15, "Donor's trust lost after a failed project"),
        key("donor_trust_decay", rate(), 0.05, "Yearly loss of trust without contact"),
        key("contact_trust", rate(), 0.02,
            "Trust a territory gains with a donor per proposal sent"),
        key("need_reduction", number(closed(0, 10)), 0.02,
            "Unmet needs reduced per COP million per 1,000 inhabitants"),
        key("network_join_rate", rate(), 0.1,
            "Yearly chance scale of joining a network or twinning"),
        // Scripted milestones.
        key("recognition_visibility", rate(), 0.1,
            "Visibility gained from a national recognition (strategy event)"),
        key("academic_capacity", rate(), 0.1,
            "Planning and technical capacity gained from a university agreement (strategy event)"),
        // Memory at a change of government.
        key("lapse_rate", rate(), 0.6,
            "Chance that an informal strategy lapses at a change of government"),
        key("formal_protection", rate(), 0.5, "How much a formal agenda protects the strategy"),
        key("turnover_capacity_loss", rate(), 0.3,
            "Share of technical and planning capacity lost at a change of government, times (1 - "
            "carried)"),
        // Conflict and money.
        key("conflict_multiplier", year_path(at_least(0), "multiplier", "National multiplier"),
            json::array(), "National multiplier of conflict events by year"),
        key("unspent_to_national", boolean(), true,
            "Whether donors place nationally what territories do not absorb"),
        // Rule constants (issue 10, item 3); docs/MODEL.md §8.13 gives each one's source.
        // Stage 1, context: the national agency's training rank.
        key("training_rank_noise", number(closed(0, 10)), 0.5,
            "Width of the uniform draw added to unmet needs when the national agency ranks "
            "territories for training (a keyed random tie-break)"),
        // Stage 2, actor choice.
        key("neutral_trust", share(), 0.5,
            "Trust in government at which an actor leans neither to articulate nor to act alone; "
            "also the mean trust of a territory with no local actors"),
        // Stage 3, government effort.
        key("committee_trust_offset", number(closed(0, 5)), 0.5,
            "Committee chance factor at zero mean trust: committee_rate x effort x (this + mean "
            "trust)"),
        key("formal_learning_multiplier", number(closed(0, 10), "multiplier"), 2,
            "Multiplier of effort_learning for technical capacity in the formal stage (the "
            "budget line pays for training)"),
        key("max_network_memberships", integer(closed(0, 1000), "memberships"), 20,
            "Most network memberships a territory grows to"),
        key("max_twinning_partners", integer(closed(0, 1000), "twinnings"), 20,
            "Most twinning partners a territory grows to"),
        // Stage 4, proposals: quality, purse and the target draw.
        key("quality_technical_weight", share(), 0.45,
            "Weight of technical capacity in the base quality of an official proposal"),
        key("quality_planning_weight", share(), 0.35,
            "Weight of planning capacity in the base quality of an official proposal"),
        key("quality_visibility_weight", share(), 0.2,
            "Weight of visibility in the base quality of an official proposal"),
        key("exploring_purse_share", number(closed(0, 5), "share"), 0.5,
            "Proposal purse of an exploring territory, as a share of the budget line it would "
            "have in the formal stage"),
        key("donor_size_exponent", number(closed(0, 2)), 0.5,
            "Exponent of a donor's budget share in its size weight in the target draw; 0.5 is "
            "the square root (computed as std::sqrt)"),
        key("target_fit_offset", number(closed(0, 10)), 0.05,
            "Added to the priority fit in the target weight (offset + fit) x (offset + trust)"),
        key("target_trust_offset", number(closed(0, 10)), 0.1,
            "Added to trust in the target weight (offset + fit) x (offset + trust)"),
        key("own_partner_weight", number(closed(0, 100), "multiplier"), 3,
            "Multiplier of the target weight of a proposer's own international partner"),
        key("presence_weight_national_office", number(closed(0, 10)), 1,
            "Presence weight of a donor with a national office, times its reach"),
        key("presence_weight_regional_ally", number(closed(0, 10)), 0.7,
            "Presence weight of a donor with a regional ally, times its reach"),
        key("presence_weight_local_ally", number(closed(0, 10)), 0.5,
            "Presence weight of a donor with a local ally (not affected by distance)"),
        key("presence_weight_none", number(closed(0, 10)), 0.2,
            "Presence weight of a donor with no presence, times its reach, before the "
            "territory's visibility is added"),
        // Priority fit (stages 4 and 5).
        key("fit_without_priorities", share(), 0.5,
            "Priority fit of every territory for a donor whose priorities are all 0"),
        key("conflict_saturation_events", number(above_up_to(0, 1000), "events/year"), 10,
            "Conflict events a year that count as fully conflict-affected in the priority fit"),
        // Stage 6, projects: actors' payoffs.
        key("payoff_scale_min_cop", number(above(0), "COP/year"), 1e6,
            "Least own resources by which an actor's receipts are divided in its payoff"),
        // Set-up: generated local actors (`local_actors`).
        key("capacity_concentration", number(above_up_to(0, 1000)), 8,
            "Concentration (alpha + beta) of the Beta law of a generated actor's capacity"),
        key("actor_weight_indigenous_authority", number(closed(0, 100)), 2,
            "Relative weight of an indigenous authority per unit of ethnic share"),
        key("actor_weight_campesino_organisation", number(closed(0, 100)), 1,
            "Relative weight of a campesino organisation per unit of rural, non-ethnic share"),
        key("actor_weight_local_ngo", number(closed(0, 100)), 0.25,
            "Relative weight of a local NGO"),
        key("actor_weight_community_action_board", number(closed(0, 100)), 0.35,
            "Relative weight of a community action board"),
        key("actor_weight_academia", number(closed(0, 100)), 0.03,
            "Relative weight of academia at or below academia_city_population"),
        key("actor_weight_academia_city", number(closed(0, 100)), 0.15,
            "Relative weight of academia above academia_city_population"),
        key("academia_city_population", non_negative("inhabitants"), 100000,
            "Population above which academia has its city weight"),
        key("actor_weight_private_firm", number(closed(0, 100)), 0.3,
            "Relative weight of a private firm per unit of private_sector"),
        key("actor_weight_other", number(closed(0, 100)), 0.1, "Relative weight of other actors"),
    });
}

NodePtr targets_node() {
    return object({
        key("facts",
            array(one_of({"SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7", "SF8"}), 0, true),
            json::array({"SF1", "SF2", "SF3", "SF4", "SF5", "SF6", "SF7", "SF8"}),
            "Stylised facts of the model brief that `coopsim check` tests this scenario on "
            "(docs/VALIDATION.md)"),
        key("case",
            object({
                key("dane_code", integer(closed(1, 99999)), required,
                    "The territory whose strategy is checked (a DANE code of `territories`)"),
                key("first_year", calendar_year(), 2008, "First year of the period summed"),
                key("last_year", calendar_year(), 2011, "Last year of the period summed"),
                key("received_cop_min", non_negative("COP"), required,
                    "Least cooperation received over the period (median over replications)"),
                key("received_cop_max", non_negative("COP"), required,
                    "Most cooperation received over the period (median over replications)"),
                key("counterfactual_max_share", share("share"), 1.0 / 3.0,
                    "Most the same territory may receive without committee and agenda, as a "
                    "share of what it receives with them"),
            }),
            absent("SF2 not checked"), "SF2: one territory's strategy against its counterfactual"),
        key("oda",
            object({
                key("year", calendar_year(), 2010, "Year compared"),
                key("oda_usd", non_negative("USD"), required,
                    "Official development assistance that year: every donor other than South-South "
                    "partners and private foundations"),
                key("new_sources_usd", non_negative("USD"), required,
                    "New sources that year: South-South partners and private foundations"),
                key("tolerance", number(above_up_to(0, 1), "share"), 0.1,
                    "Relative tolerance around each amount"),
            }),
            absent("SF7 not checked"), "SF7: what donors disburse in Colombia in one year"),
    });
}

NodePtr scenario_node() {
    return object({
        key("description", text(), "", "Free text about the scenario"),
        key("extends", non_empty_text(), absent("none"),
            "Base scenario file (relative to this file) that this file changes as a merge patch"),
        key("name", non_empty_text(), absent("the file's stem"),
            "Name of the scenario, in outputs; never inherited through `extends`"),
        key("seed", integer64(at_least(0)), 1, "Seed of every random stream of a run"),
        key("years",
            object({
                key("start", simulated_year(), 2008, "First simulated year"),
                key("end", simulated_year(), 2027, "Last simulated year; not before `start`"),
            }),
            from_fields, "Simulated years"),
        key("cop_per_usd", year_path(above(0), "COP per USD", "Exchange rate that year"),
            trm_yearly_averages(),
            "Exchange rate by year, held between listed years; default: yearly averages of the "
            "TRM (Banco de la República), 2008-2024"),
        key("territories", array(territory_node()), json::array(),
            "Municipalities; at least one here or in `territories_csv`"),
        key("territories_csv", non_empty_text(), absent("none"),
            "CSV file of further territories (relative to the file that names it), appended "
            "after `territories`"),
        key("territory_overrides", map_of(territory_node(), "DANE code"), absent("none"),
            "Changes to single territories, keyed by DANE code (e.g. \"19137\"): each value is a "
            "merge patch of that item of `territories` (the CSV's rows included), applied before "
            "validation; lets a what-if change one municipality without restating the list"),
        key("donors", array(donor_node()), json::array(), "Donors"),
        key("donor_overrides", map_of(donor_node(), "donor name"), absent("none"),
            "Changes to single donors, keyed by name: each value is a merge patch of that item of "
            "`donors`, applied before validation"),
        key("national_agency", national_agency_node(), from_fields,
            "The national cooperation agency (Acción Social, APC from 2011)"),
        key("regional_allies", array(regional_ally_node()), json::array(),
            "Departmental systems, associations of municipalities and development agencies"),
        key("routes", routes_node(), from_fields, "The seven access routes of Table 1"),
        key("local_actors", local_actors_node(), from_fields,
            "How local actors are generated where a territory lists none"),
        key("parameters", parameters_node(), from_fields, "Behavioural parameters of the model"),
        key("targets", targets_node(), from_fields,
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
