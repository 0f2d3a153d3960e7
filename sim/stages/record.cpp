// Stage 8: the year is recorded. Every series is declared here once; docs/OUTPUT.md lists them.
#include "sim/stages/record.hpp"

#include <numeric>

namespace coopsim::stages {

using output::Axis;
using output::Column;
using I32 = std::int32_t;

namespace {

template <typename T>
std::vector<I32> as_i32(const std::vector<T>& values) {
    std::vector<I32> out(values.size());
    for (std::size_t k = 0; k < values.size(); ++k)
        out[k] = static_cast<I32>(values[k]);
    return out;
}

template <typename T, typename F>
std::vector<std::string> names(const std::vector<T>& values, F to_name) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.emplace_back(to_name(v));
    return out;
}

std::vector<I32> ids(std::size_t count) {
    std::vector<I32> out(count);
    std::iota(out.begin(), out.end(), 0);
    return out;
}

Column column(std::string path, std::vector<Axis> axes, std::string unit, std::string description,
              output::ColumnValues values) {
    return Column{std::move(path), std::move(axes), std::move(unit), std::move(description),
                  std::move(values)};
}

// What each donor paid out this year (territories and national recipients), times `per_cop`.
std::vector<double> disbursed(const engine::World& w, double per_cop) {
    std::vector<double> v(w.donors.size());
    for (std::size_t d = 0; d < v.size(); ++d)
        v[d] = (w.donors.territorial_cop[d] + w.donors.national_cop[d]) * per_cop;
    return v;
}

// Proposals written this year through each route; only the regional (bundled) ones when asked.
std::vector<I32> proposals_by_route(const engine::World& w, bool regional_only) {
    std::vector<I32> counts(scenario::kRouteCount, 0);
    for (const auto& list : w.proposals_by_territory)
        for (const auto& proposal : list)
            if (!regional_only || proposal.regional) ++counts[static_cast<int>(proposal.route)];
    return counts;
}

const char* outcome_name(agents::ProjectOutcome o) {
    switch (o) {
        case agents::ProjectOutcome::ongoing:
            return "ongoing";
        case agents::ProjectOutcome::success:
            return "success";
        case agents::ProjectOutcome::failure:
            return "failure";
    }
    return "";
}

const char* carrier_name(agents::ProjectCarrier c) {
    switch (c) {
        case agents::ProjectCarrier::government:
            return "government";
        case agents::ProjectCarrier::committee:
            return "committee";
        case agents::ProjectCarrier::actor:
            return "actor";
    }
    return "";
}

}  // namespace

template <typename T, typename Get>
void TrajectoryRecorder::series(std::string path, Axis agents, std::string unit,
                                std::string description, Get get) {
    Series s{column(std::move(path), {Axis::year, agents}, std::move(unit), std::move(description),
                    std::vector<T>{}),
             [get](const engine::World& w, output::ColumnValues& values) {
                 const auto row = get(w);
                 auto& out = std::get<std::vector<T>>(values);
                 out.insert(out.end(), row.begin(), row.end());
             }};
    series_.push_back(std::move(s));
}

template <typename T, typename Get>
void TrajectoryRecorder::yearly(std::string path, std::string unit, std::string description,
                                Get get) {
    Series s{column(std::move(path), {Axis::year}, std::move(unit), std::move(description),
                    std::vector<T>{}),
             [get](const engine::World& w, output::ColumnValues& values) {
                 std::get<std::vector<T>>(values).push_back(get(w));
             }};
    series_.push_back(std::move(s));
}

TrajectoryRecorder::TrajectoryRecorder() {
    using W = engine::World;
    const Axis T = Axis::territory, D = Axis::donor, A = Axis::actor, R = Axis::route;
    yearly<double>("/cop_per_usd", "COP/USD",
                   "exchange rate used to convert this year's disbursements",
                   [](const W& w) { return w.cop_per_usd; });
    yearly<double>("/national/received_cop", "COP",
                   "cooperation placed with national-level recipients",
                   [](const W& w) { return w.ledger.national_cop; });
    yearly<double>("/national/received_usd", "USD",
                   "cooperation placed with national-level recipients",
                   [](const W& w) { return w.ledger.national_usd; });

    series<double>("/territories/cooperation_received_cop", T, "COP",
                   "cooperation disbursed to the territory this year",
                   [](const W& w) { return w.territories.received_cop; });
    series<double>("/territories/cooperation_received_usd", T, "USD",
                   "cooperation disbursed to the territory this year",
                   [](const W& w) { return w.territories.received_usd; });
    series<I32>("/territories/stage", T, "1",
                "strategy stage at the end of the year: 0 none, 1 exploring, 2 formal",
                [](const W& w) { return as_i32(w.territories.stage); });
    series<I32>("/territories/committee", T, "1", "1 when a municipal cooperation committee exists",
                [](const W& w) { return as_i32(w.territories.committee); });
    series<double>("/territories/technical", T, "1",
                   "technical capacity: formulating and managing projects, knowing donors [0,1]",
                   [](const W& w) { return w.territories.technical; });
    series<double>("/territories/planning", T, "1",
                   "planning capacity: needs identified and aligned with the plans [0,1]",
                   [](const W& w) { return w.territories.planning; });
    series<double>("/territories/visibility", T, "1", "national and international visibility [0,1]",
                   [](const W& w) { return w.territories.visibility; });
    series<double>("/territories/articulation", T, "1",
                   "capacity share of local actors working through the committee [0,1]",
                   [](const W& w) { return w.territories.articulation; });
    series<double>("/territories/empowered_share", T, "1",
                   "capacity share of articulated actors weighted by their empowerment [0,1]",
                   [](const W& w) { return w.territories.empowered_share; });
    series<double>("/territories/unmet_needs", T, "1", "index of unmet needs [0,1]",
                   [](const W& w) { return w.territories.unmet_needs; });
    series<double>("/territories/mayor_priority", T, "1",
                   "the mayor's priority for international action [0,1]",
                   [](const W& w) { return w.territories.mayor_priority; });
    series<double>("/territories/effort", T, "1",
                   "the government's international effort this year [0,1]",
                   [](const W& w) { return w.territories.effort; });
    series<double>("/territories/budget_line_cop", T, "COP", "budget line for international action",
                   [](const W& w) { return w.territories.budget_line_cop; });
    series<I32>("/territories/conflict_events", T, "events/year", "armed-conflict events this year",
                [](const W& w) { return w.territories.conflict_events; });
    series<I32>("/territories/proposals", T, "1",
                "proposals written this year (official and lone-actor)",
                [](const W& w) { return w.territories.proposals; });
    series<I32>("/territories/active_projects", T, "1", "projects disbursing this year",
                [](const W& w) { return w.territories.active_projects; });
    series<I32>("/territories/twinning_partners", T, "1", "twinning partnerships",
                [](const W& w) { return w.territories.twinning_partners; });
    series<I32>("/territories/network_memberships", T, "1", "memberships of international networks",
                [](const W& w) { return w.territories.network_memberships; });
    series<I32>("/territories/government_changed", T, "1",
                "1 when a new government term started this year",
                [](const W& w) { return as_i32(w.territories.government_changed); });

    series<double>("/donors/budget_usd", D, "USD", "budget for Colombia this year",
                   [](const W& w) { return w.donors.budget_usd; });
    series<double>("/donors/budget_cop", D, "COP",
                   "budget for Colombia this year at this year's rate",
                   [](const W& w) { return w.donors.budget_cop; });
    series<double>("/donors/disbursed_cop", D, "COP",
                   "paid out this year to territories and national-level recipients",
                   [](const W& w) { return disbursed(w, 1.0); });
    series<double>("/donors/disbursed_usd", D, "USD",
                   "paid out this year to territories and national-level recipients",
                   [](const W& w) { return disbursed(w, 1.0 / w.cop_per_usd); });
    series<double>("/donors/territorial_cop", D, "COP", "paid out this year to territories",
                   [](const W& w) { return w.donors.territorial_cop; });
    series<double>("/donors/national_cop", D, "COP",
                   "paid out this year to national-level recipients",
                   [](const W& w) { return w.donors.national_cop; });
    series<double>("/donors/tranche_scale", D, "1",
                   "share of owed tranches honoured this year (below 1 in a cut)",
                   [](const W& w) { return w.donors.tranche_scale; });
    series<I32>("/donors/partners", D, "1", "territories with an active project of the donor",
                [](const W& w) { return w.donors.partners; });
    series<I32>("/donors/proposals_received", D, "1", "proposals addressed to the donor this year",
                [](const W& w) { return w.donors.proposals_received; });
    series<I32>("/donors/approved", D, "1", "projects approved this year (renewals included)",
                [](const W& w) { return w.donors.approved; });

    series<I32>("/actors/articulates", A, "1",
                "1 when the actor works through the committee this year",
                [](const W& w) { return as_i32(w.actors.articulates); });
    series<double>("/actors/trust_in_government", A, "1", "trust in the local government [0,1]",
                   [](const W& w) { return w.actors.trust_in_government; });
    series<double>("/actors/empowerment", A, "1",
                   "empowerment from carrying the committee's work [0,1]",
                   [](const W& w) { return w.actors.empowerment; });
    series<double>("/actors/received_cop", A, "COP", "cooperation reaching the actor this year",
                   [](const W& w) { return w.actors.received_cop; });

    series<I32>("/routes/proposals", R, "1", "proposals written this year through each route",
                [](const W& w) { return proposals_by_route(w, false); });
    series<I32>("/routes/regional_proposals", R, "1",
                "proposals bundled by a regional ally (regional proposals) through each route",
                [](const W& w) { return proposals_by_route(w, true); });
    series<double>("/routes/received_cop", R, "COP",
                   "cooperation disbursed to territories through each route", [](const W& w) {
                       return std::vector<double>(w.ledger.route_cop.begin(),
                                                  w.ledger.route_cop.end());
                   });
}

void TrajectoryRecorder::record_year(const engine::World& world) {
    years_.push_back(world.year);
    for (auto& s : series_)
        s.append(world, s.column.values);
    for (const auto& flow : world.ledger.flows) {
        flows_.push_back(flow);
        flow_years_.push_back(world.year);
    }
}

output::RunRecord TrajectoryRecorder::finish(const engine::World& world) {
    const auto& t = world.territories;
    const auto& d = world.donors;
    const auto& a = world.actors;
    const auto& p = world.projects;
    const auto& sc = *world.scenario;
    output::RunRecord record;
    auto& cols = record.columns;
    using scenario::to_string;

    // Axes first (they become the dimension scales), then static descriptions.
    cols.push_back(column("/years", {Axis::year}, "year", "simulated calendar year", years_));
    cols.push_back(column("/territories/dane_code", {Axis::territory}, "",
                          "DANE DIVIPOLA code of the municipality", t.dane_code));
    cols.push_back(column("/donors/donor_id", {Axis::donor}, "", "donor index, in scenario order",
                          ids(d.size())));
    cols.push_back(
        column("/actors/actor_id", {Axis::actor}, "", "local actor index", ids(a.size())));
    cols.push_back(column("/routes/route_id", {Axis::route}, "",
                          "access route index (Table 1 of the article)",
                          ids(scenario::kRouteCount)));
    cols.push_back(column("/flows/flow_id", {Axis::flow}, "",
                          "row of the sparse donor x territory flow table", ids(flows_.size())));
    cols.push_back(column("/projects/project_id", {Axis::project}, "",
                          "project id, in order of approval", ids(p.size())));

    std::vector<std::string> territory_names, departments;
    std::vector<double> rural, ethnic;
    for (const auto& spec : sc.territories) {
        territory_names.push_back(spec.name);
        departments.push_back(spec.department);
    }
    cols.push_back(
        column("/territories/name", {Axis::territory}, "", "municipality name", territory_names));
    cols.push_back(
        column("/territories/department", {Axis::territory}, "", "department name", departments));
    cols.push_back(column("/territories/population", {Axis::territory}, "inhabitants", "population",
                          t.population));
    cols.push_back(column("/territories/category", {Axis::territory}, "1",
                          "fiscal category (Law 617 of 2000): 0 special, 1 to 6", t.category));
    cols.push_back(column("/territories/is_capital", {Axis::territory}, "1",
                          "1 for a departmental capital", as_i32(t.is_capital)));
    cols.push_back(column("/territories/rural_share", {Axis::territory}, "1",
                          "rural share of the population", t.rural_share));
    cols.push_back(column("/territories/ethnic_share", {Axis::territory}, "1",
                          "indigenous or other ethnic share", t.ethnic_share));
    cols.push_back(column("/territories/budget_cop", {Axis::territory}, "COP/year",
                          "annual municipal budget", t.budget_cop));

    std::vector<std::string> donor_names;
    for (const auto* spec : d.spec)
        donor_names.push_back(spec->name);
    cols.push_back(column("/donors/name", {Axis::donor}, "", "donor name", donor_names));
    cols.push_back(column("/donors/type", {Axis::donor}, "", "donor type",
                          names(d.spec, [](const auto* s) { return to_string(s->type); })));
    cols.push_back(column("/donors/presence", {Axis::donor}, "", "where the donor is present",
                          names(d.spec, [](const auto* s) { return to_string(s->presence); })));

    std::vector<I32> actor_codes(a.size());
    for (std::size_t k = 0; k < a.size(); ++k)
        actor_codes[k] = t.dane_code[static_cast<std::size_t>(a.territory[k])];
    cols.push_back(column("/actors/dane_code", {Axis::actor}, "",
                          "DANE code of the actor's territory", actor_codes));
    cols.push_back(column("/actors/type", {Axis::actor}, "", "actor type",
                          names(a.type, [](auto v) { return to_string(v); })));
    cols.push_back(column("/actors/capacity", {Axis::actor}, "1", "the actor's own capacity [0,1]",
                          a.capacity));
    cols.push_back(column("/actors/linked_donor", {Axis::actor}, "",
                          "donor index of the actor's own partner, -1 if none", a.linked_donor));

    std::vector<std::string> route_names;
    for (int r = 0; r < scenario::kRouteCount; ++r)
        route_names.emplace_back(to_string(static_cast<scenario::Route>(r)));
    cols.push_back(column("/routes/name", {Axis::route}, "", "access route", route_names));

    for (auto& s : series_)
        cols.push_back(std::move(s.column));
    series_.clear();

    // Sparse flows: one row per (year, donor, territory, route) with money moving.
    std::vector<I32> f_donor, f_code, f_route;
    std::vector<double> f_cop, f_usd;
    for (const auto& f : flows_) {
        f_donor.push_back(f.donor);
        f_code.push_back(t.dane_code[static_cast<std::size_t>(f.territory)]);
        f_route.push_back(static_cast<I32>(f.route));
        f_cop.push_back(f.cop);
        f_usd.push_back(f.usd);
    }
    cols.push_back(column("/flows/year", {Axis::flow}, "year", "year of the flow", flow_years_));
    cols.push_back(column("/flows/donor_id", {Axis::flow}, "", "paying donor", f_donor));
    cols.push_back(column("/flows/dane_code", {Axis::flow}, "", "receiving territory", f_code));
    cols.push_back(column("/flows/route_id", {Axis::flow}, "", "access route", f_route));
    cols.push_back(column("/flows/amount_cop", {Axis::flow}, "COP", "amount disbursed", f_cop));
    cols.push_back(column("/flows/amount_usd", {Axis::flow}, "USD", "amount disbursed", f_usd));

    // The project table.
    std::vector<I32> p_code(p.size());
    for (std::size_t k = 0; k < p.size(); ++k)
        p_code[k] = t.dane_code[static_cast<std::size_t>(p.territory[k])];
    cols.push_back(column("/projects/donor_id", {Axis::project}, "", "funding donor", p.donor));
    cols.push_back(
        column("/projects/dane_code", {Axis::project}, "", "territory of the project", p_code));
    cols.push_back(column("/projects/actor_id", {Axis::project}, "",
                          "lone actor carrying it, -1 otherwise", p.actor));
    cols.push_back(
        column("/projects/route_id", {Axis::project}, "", "access route", as_i32(p.route)));
    cols.push_back(column("/projects/carrier", {Axis::project}, "",
                          "who carries it: government, committee or actor",
                          names(p.carrier, carrier_name)));
    cols.push_back(column("/projects/regional", {Axis::project}, "1",
                          "1 for a regional (bundled) project", as_i32(p.regional)));
    cols.push_back(column("/projects/renewal", {Axis::project}, "1",
                          "1 for a renewal of an earlier project", as_i32(p.renewal)));
    cols.push_back(
        column("/projects/amount_usd", {Axis::project}, "USD", "amount committed", p.amount_usd));
    cols.push_back(column("/projects/disbursed_usd", {Axis::project}, "USD",
                          "amount disbursed by the end of the run", p.disbursed_usd));
    cols.push_back(column("/projects/disbursed_cop", {Axis::project}, "COP",
                          "amount disbursed by the end of the run", p.disbursed_cop));
    cols.push_back(column("/projects/approved_year", {Axis::project}, "year", "year of approval",
                          p.approved_year));
    cols.push_back(column("/projects/start_year", {Axis::project}, "year",
                          "first year of disbursement", p.start_year));
    cols.push_back(
        column("/projects/duration_years", {Axis::project}, "years", "duration", p.duration));
    cols.push_back(column("/projects/outcome", {Axis::project}, "", "ongoing, success or failure",
                          names(p.outcome, outcome_name)));
    return record;
}

}  // namespace coopsim::stages
