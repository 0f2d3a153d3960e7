// The saved state: the state table (sim/columns/state_columns.hpp) says, for each changing
// variable of the world, where it is stored and what it means; saving and restoring both read it.
#include "sim/engine/world_state.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "output/output_error.hpp"
#include "sim/columns/state_columns.hpp"
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
using Stored = columns::DefaultStored<T>;

// The values of `column` as a vector<S> of `size` values; OutputError otherwise.
template <class S>
const std::vector<S>& values_of(const Column& column, std::size_t size, const std::string& file) {
    const auto* values = std::get_if<std::vector<S>>(&column.values);
    if (!values || values->size() != size)
        throw OutputError(file, column.path,
                          "expected " + std::to_string(size) + " " +
                              std::string(output::type_name(std::vector<S>{})) + " values");
    return *values;
}

template <class S>
std::vector<S> read(const output::RunFile& run, std::string_view path, std::size_t size,
                    const std::string& file) {
    return values_of<S>(run.column(path), size, file);
}

template <class T>
T from_stored(Stored<T> value, const Column& column, std::size_t row, const std::string& file) {
    if constexpr (std::is_enum_v<T>) {
        if (value < 0 || static_cast<std::size_t>(value) >= scenario::EnumNames<T>::names.size())
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

// The field of one row of the state table (sim/columns/state_columns.hpp).
template <class Part, class T>
Field make_field(const columns::StateField<Part, T>& row) {
    using S = Stored<T>;
    const auto member = row.member;
    Field field;
    field.column = columns::header(row);
    field.save = [member](const World& world, std::size_t rows) -> ColumnValues {
        const std::vector<T>& values = columns::part_of<Part>(world).*member;
        std::vector<S> out(std::max(rows, values.size()), S{});
        for (std::size_t k = 0; k < values.size(); ++k)
            out[k] = static_cast<S>(values[k]);
        return out;
    };
    field.load = [member](World& world, const Column& column, std::size_t size, std::size_t keep,
                          const std::string& file) {
        const std::vector<S>& stored = values_of<S>(column, size, file);
        std::vector<T>& target = columns::part_of<Part>(world).*member;
        target.resize(keep);
        for (std::size_t k = 0; k < keep; ++k)
            target[k] = from_stored<T>(stored[k], column, k, file);
    };
    return field;
}

// Every changing variable of the world. Variables that the stages recompute before reading
// them are saved too: the restored world is then the uninterrupted run's, whatever a stage reads.
std::vector<Field> make_fields() {
    std::vector<Field> fields;
    std::apply([&](const auto&... rows) { (fields.push_back(make_field(rows)), ...); },
               columns::state::table);
    return fields;
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
    const Column names = run.column(columns::donors::name.path);
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
    const Column column = run.column(columns::state_path(columns::state::actor_territory));
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
    if (const auto carrier = scenario::parse_enum<agents::ProjectCarrier>(name)) return *carrier;
    throw OutputError(file, std::string(columns::projects::carrier.path),
                      "row " + std::to_string(row) + " is '" + name + "', no known carrier");
}

// The terms of the first `count` projects, from the run's project table (a project's terms do
// not change after its approval).
agents::Projects saved_project_terms(const World& world, const output::RunFile& run,
                                     std::size_t count, std::size_t rows, const std::string& file) {
    namespace table = columns::projects;
    const auto donor = read<I32>(run, table::donor.path, rows, file);
    const auto code = read<I32>(run, table::dane_code.path, rows, file);
    const auto actor = read<I32>(run, table::actor.path, rows, file);
    const auto route = read<I32>(run, table::route.path, rows, file);
    const auto carrier = read<std::string>(run, table::carrier.path, rows, file);
    const auto regional = read<I32>(run, table::regional.path, rows, file);
    const auto renewal = read<I32>(run, table::renewal.path, rows, file);
    const auto amount = read<double>(run, table::amount_usd.path, rows, file);
    const auto approved = read<I32>(run, table::approved_year.path, rows, file);
    const auto start = read<I32>(run, table::start_year.path, rows, file);
    const auto duration = read<I32>(run, table::duration.path, rows, file);

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
            throw OutputError(file, columns::state_path(columns::state::actor_linked_donor),
                              "row " + std::to_string(k) + " is no donor");
    }
}

}  // namespace coopsim::engine
