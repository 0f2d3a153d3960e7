#include "sim/scenario/convert.hpp"

#include <algorithm>
#include <cstdint>

#include "sim/scenario/enum_names.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;

double number(const json& object, const char* key) {
    return object.at(key).get<double>();
}
int whole(const json& object, const char* key) {
    return object.at(key).get<int>();
}
bool flag(const json& object, const char* key) {
    return object.at(key).get<bool>();
}
std::string text(const json& object, const char* key) {
    return object.at(key).get<std::string>();
}

template <class Enum>
Enum name(const json& value) {
    return validated_enum<Enum>(value.get<std::string>());
}

template <class Enum>
Enum name(const json& object, const char* key) {
    return name<Enum>(object.at(key));
}

std::vector<YearValue> year_path(const json& object, const char* key) {
    std::vector<YearValue> path;
    for (const auto& entry : object.at(key))
        path.push_back({whole(entry, "year"), number(entry, "value")});
    std::stable_sort(path.begin(), path.end(),
                     [](const YearValue& a, const YearValue& b) { return a.year < b.year; });
    return path;
}

template <class T, class Read>
std::vector<T> each(const json& object, const char* key, Read read) {
    std::vector<T> out;
    for (const auto& item : object.at(key))
        out.push_back(read(item));
    return out;
}

ActorGroup actor_group(const json& j) {
    return {name<ActorType>(j, "type"), whole(j, "count"),
            number(j, "capacity"),      number(j, "own_resources_cop"),
            number(j, "donor_link"),    number(j, "trust_in_government")};
}

TerritorySpec territory(const json& j) {
    TerritorySpec t;
    t.dane_code = whole(j, "dane_code");
    t.name = text(j, "name");
    t.department = text(j, "department");
    t.category = whole(j, "category");
    t.population = number(j, "population");
    t.rural_share = number(j, "rural_share");
    t.ethnic_share = number(j, "ethnic_share");
    t.area_km2 = number(j, "area_km2");
    t.distance_to_capital_km = number(j, "distance_to_capital_km");
    t.is_capital = flag(j, "is_capital");
    t.budget_cop = number(j, "budget_cop");
    t.sgp_dependence = number(j, "sgp_dependence");
    t.private_sector = number(j, "private_sector");
    t.conflict_events = number(j, "conflict_events");
    t.conflict_by_year = year_path(j, "conflict_by_year");
    t.unmet_needs = number(j, "unmet_needs");
    t.stage = name<StrategyStage>(j, "stage");
    t.committee = flag(j, "committee");
    t.technical = number(j, "technical");
    t.planning = number(j, "planning");
    t.visibility = number(j, "visibility");
    t.mayor_priority = number(j, "mayor_priority");
    t.twinning_partners = whole(j, "twinning_partners");
    t.network_memberships = whole(j, "network_memberships");
    t.committee_allowed = flag(j, "committee_allowed");
    t.max_stage = name<StrategyStage>(j, "max_stage");
    t.strategy_events = each<StrategyEvent>(j, "strategy_events", [](const json& e) {
        return StrategyEvent{whole(e, "year"), name<StrategyEventKind>(e, "kind")};
    });
    // Sorted like the year paths: scripted milestones are looked up year by year.
    std::stable_sort(
        t.strategy_events.begin(), t.strategy_events.end(),
        [](const StrategyEvent& a, const StrategyEvent& b) { return a.year < b.year; });
    t.actors = each<ActorGroup>(j, "actors", actor_group);
    return t;
}

DonorSpec donor(const json& j) {
    DonorSpec d;
    d.name = text(j, "name");
    d.type = name<DonorType>(j, "type");
    d.budget_usd = number(j, "budget_usd");
    d.budget_path = year_path(j, "budget_path");
    d.budget_volatility = number(j, "budget_volatility");
    d.national_share = number(j, "national_share");
    d.presence = name<Presence>(j, "presence");
    d.departments = j.at("departments").get<std::vector<std::string>>();
    d.routes = each<Route>(j, "routes", [](const json& r) { return name<Route>(r); });
    const json& p = j.at("priorities");
    d.priorities = {number(p, "need"), number(p, "conflict"), number(p, "indigenous"),
                    number(p, "rural"), number(p, "capitals")};
    const json& w = j.at("weights");
    d.weights = {number(w, "need"),       number(w, "quality"), number(w, "trust"),
                 number(w, "visibility"), number(w, "herding"), number(w, "fit")};
    d.regional_preference = number(j, "regional_preference");
    d.grant_min_usd = number(j, "grant_min_usd");
    d.grant_max_usd = number(j, "grant_max_usd");
    d.project_years_min = whole(j, "project_years_min");
    d.project_years_max = whole(j, "project_years_max");
    d.max_partners = whole(j, "max_partners");
    d.reciprocity = flag(j, "reciprocity");
    d.renewal_propensity = number(j, "renewal_propensity");
    d.trust_threshold = number(j, "trust_threshold");
    return d;
}

RouteSpec route(const json& j) {
    return {number(j, "min_technical"), name<StrategyStage>(j, "min_stage"),
            number(j, "selection_odds"), whole(j, "delay_years"),
            number(j, "preparation_cost_cop")};
}

NationalAgencySpec national_agency(const json& j) {
    return {number(j, "training_budget_cop"),
            number(j, "training_cost_cop"),
            j.at("target_categories").get<std::vector<int>>(),
            number(j, "training_gain"),
            number(j, "endorsement_rate"),
            number(j, "round_table_visibility")};
}

RegionalAllySpec regional_ally(const json& j) {
    return {text(j, "name"),
            name<AllyKind>(j, "kind"),
            text(j, "department"),
            j.at("members").get<std::vector<int>>(),
            whole(j, "start_year"),
            whole(j, "end_year"),
            number(j, "technical_support"),
            flag(j, "bundles_proposals")};
}

LocalActorRules local_actors(const json& j) {
    return {number(j, "base_count"),
            number(j, "per_10k_inhabitants"),
            whole(j, "max_count"),
            number(j, "capacity_mean"),
            number(j, "donor_link_probability"),
            number(j, "trust_in_government"),
            number(j, "own_resources_cop")};
}

Parameters parameters(const json& j) {
    Parameters p;
    p.first_term_start = whole(j, "first_term_start");
    p.term_years = whole(j, "term_years");
    p.priority_alpha = number(j, "priority_alpha");
    p.priority_beta = number(j, "priority_beta");
    p.exploring_rate = number(j, "exploring_rate");
    p.peer_imitation = number(j, "peer_imitation");
    p.committee_rate = number(j, "committee_rate");
    p.formalise_rate = number(j, "formalise_rate");
    p.formal_min_technical = number(j, "formal_min_technical");
    p.budget_line_share = number(j, "budget_line_share");
    p.effort_learning = number(j, "effort_learning");
    p.capacity_decay = number(j, "capacity_decay");
    p.visibility_decay = number(j, "visibility_decay");
    p.learning_rate = number(j, "learning_rate");
    p.choice_sensitivity = number(j, "choice_sensitivity");
    p.exploration = number(j, "exploration");
    p.coordination_cost = number(j, "coordination_cost");
    p.pooling_synergy = number(j, "pooling_synergy");
    p.empowerment_gain = number(j, "empowerment_gain");
    p.empowerment_decay = number(j, "empowerment_decay");
    p.trust_gain = number(j, "trust_gain");
    p.trust_loss = number(j, "trust_loss");
    p.lone_proposal_rate = number(j, "lone_proposal_rate");
    p.actor_contribution = number(j, "actor_contribution");
    p.proposals_per_capacity = number(j, "proposals_per_capacity");
    p.max_proposals = whole(j, "max_proposals");
    p.quality_noise = number(j, "quality_noise");
    p.regional_bonus = number(j, "regional_bonus");
    p.donor_noise = number(j, "donor_noise");
    p.remoteness_km = number(j, "remoteness_km");
    p.success_base = number(j, "success_base");
    p.success_capacity = number(j, "success_capacity");
    p.success_articulation = number(j, "success_articulation");
    p.conflict_penalty = number(j, "conflict_penalty");
    p.learning_by_doing = number(j, "learning_by_doing");
    p.visibility_gain = number(j, "visibility_gain");
    p.donor_trust_gain = number(j, "donor_trust_gain");
    p.donor_trust_loss = number(j, "donor_trust_loss");
    p.donor_trust_decay = number(j, "donor_trust_decay");
    p.contact_trust = number(j, "contact_trust");
    p.need_reduction = number(j, "need_reduction");
    p.network_join_rate = number(j, "network_join_rate");
    p.recognition_visibility = number(j, "recognition_visibility");
    p.academic_capacity = number(j, "academic_capacity");
    p.lapse_rate = number(j, "lapse_rate");
    p.formal_protection = number(j, "formal_protection");
    p.turnover_capacity_loss = number(j, "turnover_capacity_loss");
    p.conflict_multiplier = year_path(j, "conflict_multiplier");
    p.unspent_to_national = flag(j, "unspent_to_national");
    // Rule constants (issue 10, item 3).
    p.training_rank_noise = number(j, "training_rank_noise");
    p.neutral_trust = number(j, "neutral_trust");
    p.committee_trust_offset = number(j, "committee_trust_offset");
    p.formal_learning_multiplier = number(j, "formal_learning_multiplier");
    p.max_network_memberships = whole(j, "max_network_memberships");
    p.max_twinning_partners = whole(j, "max_twinning_partners");
    p.quality_technical_weight = number(j, "quality_technical_weight");
    p.quality_planning_weight = number(j, "quality_planning_weight");
    p.quality_visibility_weight = number(j, "quality_visibility_weight");
    p.exploring_purse_share = number(j, "exploring_purse_share");
    p.donor_size_exponent = number(j, "donor_size_exponent");
    p.target_fit_offset = number(j, "target_fit_offset");
    p.target_trust_offset = number(j, "target_trust_offset");
    p.own_partner_weight = number(j, "own_partner_weight");
    p.presence_weight_national_office = number(j, "presence_weight_national_office");
    p.presence_weight_regional_ally = number(j, "presence_weight_regional_ally");
    p.presence_weight_local_ally = number(j, "presence_weight_local_ally");
    p.presence_weight_none = number(j, "presence_weight_none");
    p.fit_without_priorities = number(j, "fit_without_priorities");
    p.conflict_saturation_events = number(j, "conflict_saturation_events");
    p.payoff_scale_min_cop = number(j, "payoff_scale_min_cop");
    p.capacity_concentration = number(j, "capacity_concentration");
    p.actor_weight_indigenous_authority = number(j, "actor_weight_indigenous_authority");
    p.actor_weight_campesino_organisation = number(j, "actor_weight_campesino_organisation");
    p.actor_weight_local_ngo = number(j, "actor_weight_local_ngo");
    p.actor_weight_community_action_board = number(j, "actor_weight_community_action_board");
    p.actor_weight_academia = number(j, "actor_weight_academia");
    p.actor_weight_academia_city = number(j, "actor_weight_academia_city");
    p.academia_city_population = number(j, "academia_city_population");
    p.actor_weight_private_firm = number(j, "actor_weight_private_firm");
    p.actor_weight_other = number(j, "actor_weight_other");
    return p;
}

Targets targets(const json& j) {
    Targets t;
    t.facts = j.at("facts").get<std::vector<std::string>>();
    if (const auto c = j.find("case"); c != j.end()) {
        t.case_target =
            CaseTarget{whole(*c, "dane_code"),         whole(*c, "first_year"),
                       whole(*c, "last_year"),         number(*c, "received_cop_min"),
                       number(*c, "received_cop_max"), number(*c, "counterfactual_max_share")};
    }
    if (const auto o = j.find("oda"); o != j.end()) {
        t.oda = OdaTarget{whole(*o, "year"), number(*o, "oda_usd"), number(*o, "new_sources_usd"),
                          number(*o, "tolerance")};
    }
    return t;
}

}  // namespace

Scenario to_scenario(const json& document) {
    Scenario s;
    s.name = text(document, "name");
    s.description = text(document, "description");
    s.seed = document.at("seed").get<std::uint64_t>();
    s.start_year = whole(document.at("years"), "start");
    s.end_year = whole(document.at("years"), "end");
    s.cop_per_usd = year_path(document, "cop_per_usd");
    s.territories = each<TerritorySpec>(document, "territories", territory);
    s.donors = each<DonorSpec>(document, "donors", donor);
    s.national_agency = national_agency(document.at("national_agency"));
    s.regional_allies = each<RegionalAllySpec>(document, "regional_allies", regional_ally);
    const json& routes = document.at("routes");
    for (int r = 0; r < kRouteCount; ++r) {
        s.routes[r] = route(routes.at(EnumNames<Route>::names[static_cast<std::size_t>(r)]));
    }
    s.local_actors = local_actors(document.at("local_actors"));
    s.parameters = parameters(document.at("parameters"));
    s.targets = targets(document.at("targets"));
    s.resolved_json = document.dump();
    return s;
}

}  // namespace coopsim::scenario
