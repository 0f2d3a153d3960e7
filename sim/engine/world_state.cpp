// The saved state: one table of fields says, for each changing variable of the world, where it
// is stored and what it means; saving and restoring both read that table.
#include "sim/engine/world_state.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "output/output_error.hpp"
#include "sim/errors.hpp"

namespace coopsim::engine {

namespace {

using output::Axis;
using output::Column;
using output::ColumnValues;
using output::OutputError;
using I32 = std::int32_t;

// Integers, flags and enums are stored as int32, reals as float64.
template <class T>
using Stored = std::conditional_t<std::is_floating_point_v<T>, double, I32>;

// How many codes an enum stored in the state has (codes 0 to count - 1); 0 for non-enums.
template <class T>
constexpr int code_count() {
    if constexpr (std::is_same_v<T, scenario::StrategyStage>)
        return static_cast<int>(scenario::StrategyStage::formal) + 1;
    if constexpr (std::is_same_v<T, scenario::ActorType>) return scenario::kActorTypeCount;
    if constexpr (std::is_same_v<T, agents::ProjectOutcome>)
        return static_cast<int>(agents::ProjectOutcome::failure) + 1;
    return 0;
}

template <class S>
std::string type_name() {
    return std::is_same_v<S, double> ? "float64" : std::is_same_v<S, I32> ? "int32" : "string";
}

// The values of `column` as a vector<S> of `size` values; OutputError otherwise.
template <class S>
const std::vector<S>& values_of(const Column& column, std::size_t size, const std::string& file) {
    const auto* values = std::get_if<std::vector<S>>(&column.values);
    if (!values || values->size() != size)
        throw OutputError(file, column.path,
                          "expected " + std::to_string(size) + " " + type_name<S>() + " values");
    return *values;
}

template <class S>
std::vector<S> read(const output::RunFile& run, std::string_view path, std::size_t size,
                    const std::string& file) {
    return values_of<S>(run.column(path), size, file);
}

template <class T>
T from_stored(Stored<T> value, const Column& column, std::size_t row, const std::string& file) {
    if constexpr (code_count<T>() > 0) {
        if (value < 0 || value >= code_count<T>())
            throw OutputError(file, column.path,
                              "row " + std::to_string(row) + " holds " + std::to_string(value) +
                                  ", which is no valid code");
    }
    return static_cast<T>(value);
}

// One saved variable: its column (values left empty) and how to take it from and put it back
// into a world.
struct Field {
    Column column;
    // The values of `world`, padded with zeros to `rows` values when that is more.
    std::function<ColumnValues(const World& world, std::size_t rows)> save;
    // Puts the first `keep` of the column's `size` values into `world`.
    std::function<void(World& world, const Column& column, std::size_t size, std::size_t keep,
                       const std::string& file)>
        load;
};

template <class T, class Access>
Field make_field(std::string path, std::vector<Axis> axes, std::string unit,
                 std::string description, Access access) {
    using S = Stored<T>;
    Field field;
    field.column = Column{std::move(path), std::move(axes), std::move(unit), std::move(description),
                          std::vector<S>{}};
    field.save = [access](const World& world, std::size_t rows) -> ColumnValues {
        const std::vector<T>& values = access(world);
        std::vector<S> out(std::max(rows, values.size()), S{});
        for (std::size_t k = 0; k < values.size(); ++k)
            out[k] = static_cast<S>(values[k]);
        return out;
    };
    field.load = [access](World& world, const Column& column, std::size_t size, std::size_t keep,
                          const std::string& file) {
        const std::vector<S>& stored = values_of<S>(column, size, file);
        std::vector<T>& target = access(world);
        target.resize(keep);
        for (std::size_t k = 0; k < keep; ++k)
            target[k] = from_stored<T>(stored[k], column, k, file);
    };
    return field;
}

// A column of one of the world's agent tables (world.*part).*member.
template <class Part, class T>
Field field(std::string path, std::vector<Axis> axes, std::string unit, std::string description,
            Part World::*part, std::vector<T> Part::*member) {
    const auto access = [ part, member ](auto& world) -> auto& {
        return (world.*part).*member;
    };
    return make_field<T>(std::move(path), std::move(axes), std::move(unit), std::move(description),
                         access);
}

// A column held by the world itself.
template <class T>
Field field(std::string path, std::vector<Axis> axes, std::string unit, std::string description,
            std::vector<T> World::*member) {
    const auto access = [member](auto& world) -> auto& {
        return world.*member;
    };
    return make_field<T>(std::move(path), std::move(axes), std::move(unit), std::move(description),
                         access);
}

// Every changing variable of the world (docs/OUTPUT.md lists the same columns). Variables that
// the stages recompute before reading them are saved too: the restored world is then the
// uninterrupted run's, whatever a stage reads.
std::vector<Field> make_fields() {
    using agents::Donors;
    using agents::LocalActors;
    using agents::Projects;
    using agents::Territories;
    const Axis T = Axis::territory, D = Axis::donor, A = Axis::actor, P = Axis::project;
    const auto t = &World::territories;
    const auto a = &World::actors;
    const auto d = &World::donors;
    const auto p = &World::projects;
    std::vector<Field> f;
    f.push_back(field("/state/territories/mayor_priority", {T}, "1",
                      "the mayor's priority for international action [0,1]", t,
                      &Territories::mayor_priority));
    f.push_back(field("/state/territories/government_changed", {T}, "1",
                      "1 when a new government term started in the year before", t,
                      &Territories::government_changed));
    f.push_back(field("/state/territories/effort", {T}, "1",
                      "the government's international effort", t, &Territories::effort));
    f.push_back(field("/state/territories/budget_line_cop", {T}, "COP",
                      "budget line for international action", t, &Territories::budget_line_cop));
    f.push_back(field("/state/territories/last_trained_year", {T}, "year",
                      "year of the last training (-100000: never)", t,
                      &Territories::last_trained_year));
    f.push_back(field("/state/territories/stage", {T}, "1",
                      "strategy stage: 0 none, 1 exploring, 2 formal", t, &Territories::stage));
    f.push_back(field("/state/territories/committee", {T}, "1",
                      "1 when a municipal cooperation committee exists", t,
                      &Territories::committee));
    f.push_back(field("/state/territories/technical", {T}, "1", "technical capacity [0,1]", t,
                      &Territories::technical));
    f.push_back(field("/state/territories/planning", {T}, "1", "planning capacity [0,1]", t,
                      &Territories::planning));
    f.push_back(field("/state/territories/visibility", {T}, "1",
                      "national and international visibility [0,1]", t, &Territories::visibility));
    f.push_back(field("/state/territories/articulation", {T}, "1",
                      "capacity share of local actors working through the committee [0,1]", t,
                      &Territories::articulation));
    f.push_back(field("/state/territories/empowered_share", {T}, "1",
                      "capacity share of articulated actors weighted by empowerment [0,1]", t,
                      &Territories::empowered_share));
    f.push_back(field("/state/territories/unmet_needs", {T}, "1", "index of unmet needs [0,1]", t,
                      &Territories::unmet_needs));
    f.push_back(field("/state/territories/twinning_partners", {T}, "1", "twinning partnerships", t,
                      &Territories::twinning_partners));
    f.push_back(field("/state/territories/network_memberships", {T}, "1",
                      "memberships of international networks", t,
                      &Territories::network_memberships));
    f.push_back(field("/state/territories/peer_signal", {T}, "1",
                      "visible success of peers in the department [0,1]", t,
                      &Territories::peer_signal));
    f.push_back(field("/state/territories/ally_support", {T}, "1",
                      "technical support from regional allies", t, &Territories::ally_support));
    f.push_back(field("/state/territories/in_bundling_ally", {T}, "1",
                      "1 when a regional ally bundles the territory's proposals", t,
                      &Territories::in_bundling_ally));
    f.push_back(field("/state/territories/conflict_events", {T}, "events/year",
                      "armed-conflict events", t, &Territories::conflict_events));
    f.push_back(field("/state/territories/proposals", {T}, "1", "proposals written", t,
                      &Territories::proposals));
    f.push_back(field("/state/territories/active_projects", {T}, "1", "projects disbursing", t,
                      &Territories::active_projects));
    f.push_back(field("/state/territories/received_cop", {T}, "COP", "cooperation disbursed", t,
                      &Territories::received_cop));
    f.push_back(field("/state/territories/received_usd", {T}, "USD", "cooperation disbursed", t,
                      &Territories::received_usd));

    f.push_back(field("/state/actors/territory", {A}, "",
                      "the actor's territory, as a row of /territories/dane_code", a,
                      &LocalActors::territory));
    f.push_back(field("/state/actors/type", {A}, "",
                      "actor type: 0 indigenous authority, 1 campesino organisation, 2 local NGO, "
                      "3 community action board, 4 academia, 5 private firm, 6 other",
                      a, &LocalActors::type));
    f.push_back(field("/state/actors/capacity", {A}, "1", "the actor's own capacity [0,1]", a,
                      &LocalActors::capacity));
    f.push_back(field("/state/actors/own_resources_cop", {A}, "COP/year", "the actor's own means",
                      a, &LocalActors::own_resources_cop));
    f.push_back(field("/state/actors/linked_donor", {A}, "",
                      "donor index of the actor's own partner, -1 if none", a,
                      &LocalActors::linked_donor));
    f.push_back(field("/state/actors/trust_in_government", {A}, "1",
                      "trust in the local government [0,1]", a, &LocalActors::trust_in_government));
    f.push_back(field("/state/actors/articulates", {A}, "1",
                      "1 when the actor worked through the committee", a,
                      &LocalActors::articulates));
    f.push_back(field("/state/actors/attraction_articulate", {A}, "1",
                      "learned attraction of articulating", a,
                      &LocalActors::attraction_articulate));
    f.push_back(field("/state/actors/attraction_alone", {A}, "1",
                      "learned attraction of acting alone", a, &LocalActors::attraction_alone));
    f.push_back(field("/state/actors/last_payoff", {A}, "1", "payoff of the actor's last choice", a,
                      &LocalActors::last_payoff));
    f.push_back(field("/state/actors/empowerment", {A}, "1",
                      "empowerment from carrying the committee's work [0,1]", a,
                      &LocalActors::empowerment));
    f.push_back(field("/state/actors/received_cop", {A}, "COP", "cooperation reaching the actor", a,
                      &LocalActors::received_cop));

    f.push_back(field("/state/donors/budget_usd", {D}, "USD", "budget for Colombia", d,
                      &Donors::budget_usd));
    f.push_back(field("/state/donors/budget_cop", {D}, "COP", "budget for Colombia", d,
                      &Donors::budget_cop));
    f.push_back(field("/state/donors/committed_usd", {D}, "USD",
                      "tranches owed to projects approved earlier", d, &Donors::committed_usd));
    f.push_back(field("/state/donors/tranche_scale", {D}, "1", "share of owed tranches honoured", d,
                      &Donors::tranche_scale));
    f.push_back(field("/state/donors/territorial_cop", {D}, "COP", "paid out to territories", d,
                      &Donors::territorial_cop));
    f.push_back(field("/state/donors/national_cop", {D}, "COP",
                      "paid out to national-level recipients", d, &Donors::national_cop));
    f.push_back(field("/state/donors/partners", {D}, "1",
                      "territories with an active project of the donor", d, &Donors::partners));
    f.push_back(
        field("/state/donors/approved", {D}, "1", "projects approved", d, &Donors::approved));
    f.push_back(field("/state/donors/proposals_received", {D}, "1", "proposals received", d,
                      &Donors::proposals_received));

    f.push_back(field("/state/donor_trust", {T, D}, "1",
                      "trust of the territory with the donor [0,1]", &World::donor_trust));
    f.push_back(field("/state/donor_active_last_year", {T, D}, "1",
                      "1 when the donor disbursed in the territory in the year before",
                      &World::donor_active_last_year));

    f.push_back(field("/state/projects/disbursed_usd", {P}, "USD",
                      "disbursed before the state year (0 for projects approved from it on)", p,
                      &Projects::disbursed_usd));
    f.push_back(field("/state/projects/disbursed_cop", {P}, "COP",
                      "disbursed before the state year (0 for projects approved from it on)", p,
                      &Projects::disbursed_cop));
    f.push_back(field("/state/projects/outcome", {P}, "",
                      "at the start of the state year: 0 ongoing (or not yet approved), "
                      "1 success, 2 failure",
                      p, &Projects::outcome));
    return f;
}

const std::vector<Field>& fields() {
    static const std::vector<Field> all = make_fields();
    return all;
}

constexpr const char* kProjectCountPath = "/state/project_count";

std::size_t axis_length(const World& world, Axis axis, std::size_t project_rows) {
    switch (axis) {
        case Axis::territory:
            return world.territories.size();
        case Axis::donor:
            return world.donors.size();
        case Axis::actor:
            return world.actors.size();
        case Axis::project:
            return project_rows;
        default:
            return 0;
    }
}

// ---- checks: does the saved world fit the continuing scenario? -----------------------------

void check_territories(const World& world, const output::RunFile& run, const std::string& file) {
    const Column codes = run.column(output::axis_scale_path(Axis::territory));
    const auto* saved = std::get_if<std::vector<I32>>(&codes.values);
    if (!saved) throw OutputError(file, codes.path, "expected int32 DANE codes");
    const std::string& name = world.scenario->name;
    const auto& own = world.territories.dane_code;
    if (saved->size() != own.size())
        throw InputError(file + ": the saved state has " + std::to_string(saved->size()) +
                         " territories, scenario '" + name + "' " + std::to_string(own.size()));
    for (std::size_t k = 0; k < own.size(); ++k)
        if ((*saved)[k] != own[k])
            throw InputError(file + ": territory " + std::to_string(k) + " is DANE " +
                             std::to_string((*saved)[k]) + " in the saved state, " +
                             std::to_string(own[k]) + " in scenario '" + name + "'");
}

void check_donors(const World& world, const output::RunFile& run, const std::string& file) {
    const Column names = run.column("/donors/name");
    const auto* saved = std::get_if<std::vector<std::string>>(&names.values);
    if (!saved) throw OutputError(file, names.path, "expected donor names");
    const std::string& name = world.scenario->name;
    const auto& own = world.donors.spec;
    if (saved->size() != own.size())
        throw InputError(file + ": the saved state has " + std::to_string(saved->size()) +
                         " donors, scenario '" + name + "' " + std::to_string(own.size()));
    for (std::size_t k = 0; k < own.size(); ++k)
        if ((*saved)[k] != own[k]->name)
            throw InputError(file + ": donor " + std::to_string(k) + " is '" + (*saved)[k] +
                             "' in the saved state, '" + own[k]->name + "' in scenario '" + name +
                             "'");
}

// The local actors come from the state (they were drawn at the start of the saved run); the
// scenario must describe as many, territory by territory.
void check_actors(const World& world, const output::RunFile& run, const std::string& file) {
    const Column column = run.column("/state/actors/territory");
    const auto* territory = std::get_if<std::vector<I32>>(&column.values);
    if (!territory) throw OutputError(file, column.path, "expected int32 territory rows");
    const auto& t = world.territories;
    std::vector<int> saved(t.size(), 0);
    for (std::size_t k = 0; k < territory->size(); ++k) {
        const I32 i = (*territory)[k];
        if (i < 0 || static_cast<std::size_t>(i) >= t.size() || (k > 0 && i < (*territory)[k - 1]))
            throw OutputError(file, column.path,
                              "row " + std::to_string(k) + " is no territory in order");
        ++saved[static_cast<std::size_t>(i)];
    }
    for (std::size_t i = 0; i < t.size(); ++i) {
        const int own = world.actors.last(i) - world.actors.first(i);
        if (saved[i] != own)
            throw InputError(file + ": DANE " + std::to_string(t.dane_code[i]) + " has " +
                             std::to_string(saved[i]) + " local actors in the saved state, " +
                             std::to_string(own) + " in scenario '" + world.scenario->name +
                             "' (the local actors of a saved world cannot change)");
    }
}

// ---- projects ------------------------------------------------------------------------------

agents::ProjectCarrier carrier_named(const std::string& name, std::size_t row,
                                     const std::string& file) {
    // The names sim/stages/record.cpp writes in /projects/carrier.
    if (name == "government") return agents::ProjectCarrier::government;
    if (name == "committee") return agents::ProjectCarrier::committee;
    if (name == "actor") return agents::ProjectCarrier::actor;
    throw OutputError(file, "/projects/carrier",
                      "row " + std::to_string(row) + " is '" + name + "', no known carrier");
}

// The terms of the first `count` projects, from the run's project table (a project's terms do
// not change after its approval).
agents::Projects saved_project_terms(const World& world, const output::RunFile& run,
                                     std::size_t count, std::size_t rows, const std::string& file) {
    const auto donor = read<I32>(run, "/projects/donor_id", rows, file);
    const auto code = read<I32>(run, "/projects/dane_code", rows, file);
    const auto actor = read<I32>(run, "/projects/actor_id", rows, file);
    const auto route = read<I32>(run, "/projects/route_id", rows, file);
    const auto carrier = read<std::string>(run, "/projects/carrier", rows, file);
    const auto regional = read<I32>(run, "/projects/regional", rows, file);
    const auto renewal = read<I32>(run, "/projects/renewal", rows, file);
    const auto amount = read<double>(run, "/projects/amount_usd", rows, file);
    const auto approved = read<I32>(run, "/projects/approved_year", rows, file);
    const auto start = read<I32>(run, "/projects/start_year", rows, file);
    const auto duration = read<I32>(run, "/projects/duration_years", rows, file);

    std::unordered_map<I32, int> territory_of;
    for (std::size_t i = 0; i < world.territories.size(); ++i)
        territory_of.emplace(world.territories.dane_code[i], static_cast<int>(i));
    const auto in_range = [](I32 value, int lo, std::size_t size) {
        return value >= lo && (value < 0 || static_cast<std::size_t>(value) < size);
    };
    agents::Projects projects;
    for (std::size_t k = 0; k < count; ++k) {
        const auto territory = territory_of.find(code[k]);
        const bool valid = territory != territory_of.end() &&
                           in_range(donor[k], 0, world.donors.size()) &&
                           in_range(actor[k], -1, world.actors.size()) &&
                           in_range(route[k], 0, scenario::kRouteCount) && duration[k] > 0 &&
                           approved[k] < world.year;
        if (!valid)
            throw OutputError(file, "/projects",
                              "row " + std::to_string(k) + " is no project of the saved state");
        agents::ProjectTerms terms;
        terms.donor = donor[k];
        terms.territory = territory->second;
        terms.actor = actor[k];
        terms.route = static_cast<scenario::Route>(route[k]);
        terms.carrier = carrier_named(carrier[k], k, file);
        terms.regional = regional[k] != 0;
        terms.renewal = renewal[k] != 0;
        terms.amount_usd = amount[k];
        terms.approved_year = approved[k];
        terms.start_year = start[k];
        terms.duration = duration[k];
        projects.add(terms);
    }
    return projects;
}

template <class S>
S read_scalar(const output::RunFile& run, std::string_view path, const std::string& file) {
    return read<S>(run, path, 1, file).front();
}

}  // namespace

std::vector<Column> state_columns(const World& world, std::size_t project_rows) {
    std::vector<Column> columns;
    columns.push_back(Column{kStateYearPath,
                             {},
                             "year",
                             "the saved world is the world at the start of this year",
                             std::vector<I32>{world.year}});
    columns.push_back(Column{kStateFormatPath,
                             {},
                             "",
                             "version of the /state layout",
                             std::vector<std::string>{kStateFormatVersion}});
    columns.push_back(Column{kProjectCountPath,
                             {},
                             "1",
                             "projects approved before the state year: the first rows of /projects",
                             std::vector<I32>{static_cast<I32>(world.projects.size())}});
    for (const Field& field : fields()) {
        Column column = field.column;
        const bool over_projects = column.axes.front() == Axis::project;
        column.values = field.save(world, over_projects ? project_rows : 0);
        columns.push_back(std::move(column));
    }
    return columns;
}

void restore_state(World& world, const output::RunFile& run, const std::string& file) {
    check_territories(world, run, file);
    check_donors(world, run, file);
    check_actors(world, run, file);
    world.year = read_scalar<I32>(run, kStateYearPath, file);

    const std::size_t project_rows =
        run.column_info(output::axis_scale_path(Axis::project)).shape.at(0);
    const I32 project_count = read_scalar<I32>(run, kProjectCountPath, file);
    if (project_count < 0 || static_cast<std::size_t>(project_count) > project_rows)
        throw OutputError(file, kProjectCountPath, "is more than the run's projects");
    const auto projects = static_cast<std::size_t>(project_count);
    world.projects = saved_project_terms(world, run, projects, project_rows, file);

    // The actors are as many as the scenario's (check_actors), so every axis has the world's
    // length; the project fields keep the rows of the projects approved so far.
    for (const Field& field : fields()) {
        std::size_t size = 1;
        for (Axis axis : field.column.axes)
            size *= axis_length(world, axis, project_rows);
        const bool over_projects = field.column.axes.front() == Axis::project;
        field.load(world, run.column(field.column.path), size, over_projects ? projects : size,
                   file);
    }
    for (std::size_t k = 0; k < world.actors.size(); ++k) {
        const int link = world.actors.linked_donor[k];
        if (link < -1 || link >= static_cast<int>(world.donors.size()))
            throw OutputError(file, "/state/actors/linked_donor",
                              "row " + std::to_string(k) + " is no donor");
    }
}

}  // namespace coopsim::engine
