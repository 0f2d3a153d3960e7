#pragma once
// The kinds of row of the column tables (sim/columns/*_columns.hpp): each row declares one
// dataset of a run's file once — its path, unit, meaning, stored type and where its values come
// from — and the recorder (sim/stages/record.cpp), the saved state (sim/engine/world_state.cpp),
// the docs test and the format hash all read the same rows. Code that reads a dataset names its
// row (`columns::territories::stage.path`), so a renamed row is a compile error there.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "output/run_record.hpp"
#include "sim/engine/world.hpp"
#include "sim/scenario/enum_names.hpp"

namespace coopsim::columns {

using output::Axis;

// When the recorder writes a column, which is also where it stands in the file: the columns
// written `once` (scales and descriptions) come first, then the `yearly` series (one row per
// simulated year, year axis first), then the tables that grow during the run (`at_end`).
enum class Written { once, yearly, at_end };

// How values are stored: reals as float64; integers, flags and enum codes as int32; an enum as
// its name from scenario::EnumNames.
enum class Stored { float64, int32, name };

// The C++ type a value of T is stored as unless a row says otherwise (the saved state always).
template <class T>
using DefaultStored = std::conditional_t<std::is_floating_point_v<T>, double, std::int32_t>;

template <class T>
constexpr Stored default_stored() {
    return std::is_same_v<DefaultStored<T>, double> ? Stored::float64 : Stored::int32;
}

// What the recorder has seen by the end of a run; `world` is the current year's world.
struct Recorded {
    const engine::World& world;
    const std::vector<std::int32_t>& years;
    const std::vector<engine::Flow>& flows;
    const std::vector<std::int32_t>& flow_years;
};

// The axes an agent table is indexed by, and where a world holds it. The world's own columns
// (donor_trust, donor_active_last_year) are territory x donor grids.
template <class Part>
struct AgentTable;
template <>
struct AgentTable<agents::Territories> {
    static constexpr Axis axes[] = {Axis::territory};
    static constexpr auto in_world = &engine::World::territories;
};
template <>
struct AgentTable<agents::LocalActors> {
    static constexpr Axis axes[] = {Axis::actor};
    static constexpr auto in_world = &engine::World::actors;
};
template <>
struct AgentTable<agents::Donors> {
    static constexpr Axis axes[] = {Axis::donor};
    static constexpr auto in_world = &engine::World::donors;
};
template <>
struct AgentTable<agents::Projects> {
    static constexpr Axis axes[] = {Axis::project};
    static constexpr auto in_world = &engine::World::projects;
};
template <>
struct AgentTable<engine::World> {
    static constexpr Axis axes[] = {Axis::territory, Axis::donor};
};

// The agent table `Part` of a world (the world itself for its own columns).
template <class Part, class World>
auto& part_of(World& world) {
    if constexpr (std::is_same_v<Part, engine::World>)
        return world;
    else
        return world.*AgentTable<Part>::in_world;
}

// A column that is one member of an agent table, one value per agent.
template <class Part, class T>
struct Member {
    std::string_view path;
    std::string_view unit;
    std::string_view description;
    std::vector<T> Part::*member;
    Written written;
    Stored stored = default_stored<T>();
};

// A column computed from what the recorder has seen (a sum, a name looked up, a scale). `axis`
// is its axis besides the year's (none for a yearly scalar); a yearly column's `values` give
// the current year's row.
template <class S>
struct Derived {
    std::string_view path;
    std::optional<Axis> axis;
    std::string_view unit;
    std::string_view description;
    std::vector<S> (*values)(const Recorded&);
    Written written;
};

// A variable saved in the state (/state + path, docs/OUTPUT.md "Saved state"), as the world
// holds it at the start of the state year.
template <class Part, class T>
struct StateField {
    std::string_view path;  // without the /state prefix
    std::string_view unit;
    std::string_view description;
    std::vector<T> Part::*member;
};

// The state field of a recorded column: the same path, unit and member; its own meaning
// (the state holds it at the start of a year, the series at the end).
template <class Part, class T>
constexpr StateField<Part, T> saved(const Member<Part, T>& column, std::string_view description) {
    return {column.path, column.unit, description, column.member};
}
// ... and one whose meaning reads the same at the start and at the end of a year.
template <class Part, class T>
constexpr StateField<Part, T> saved(const Member<Part, T>& column) {
    return saved(column, column.description);
}

inline constexpr std::string_view kStatePrefix = "/state";

// ---- rows as columns -------------------------------------------------------------------

inline output::ColumnValues empty_values(Stored stored) {
    switch (stored) {
        case Stored::float64:
            return std::vector<double>{};
        case Stored::int32:
            return std::vector<std::int32_t>{};
        case Stored::name:
            break;
    }
    return std::vector<std::string>{};
}

template <class S>
constexpr Stored stored_as() {
    if constexpr (std::is_same_v<S, std::string>)
        return Stored::name;
    else
        return default_stored<S>();
}

// The axes of a row's dataset, the year's first for a yearly one.
inline std::vector<Axis> with_year(Written written, std::vector<Axis> axes) {
    if (written == Written::yearly) axes.insert(axes.begin(), Axis::year);
    return axes;
}

// The path of a state field in the file.
template <class Part, class T>
std::string state_path(const StateField<Part, T>& field) {
    return std::string(kStatePrefix) + std::string(field.path);
}

template <class Part, class T>
output::Column header(const StateField<Part, T>& field) {
    const auto& axes = AgentTable<Part>::axes;
    return {state_path(field),
            {std::begin(axes), std::end(axes)},
            std::string(field.unit),
            std::string(field.description),
            empty_values(default_stored<T>())};
}

template <class Part, class T>
output::Column header(const Member<Part, T>& row) {
    const auto& axes = AgentTable<Part>::axes;
    return {std::string(row.path), with_year(row.written, {std::begin(axes), std::end(axes)}),
            std::string(row.unit), std::string(row.description), empty_values(row.stored)};
}

template <class S>
output::Column header(const Derived<S>& row) {
    std::vector<Axis> axes;
    if (row.axis) axes.push_back(*row.axis);
    return {std::string(row.path), with_year(row.written, std::move(axes)), std::string(row.unit),
            std::string(row.description), empty_values(stored_as<S>())};
}

// Appends a row's values as `world` holds them to `out` (which has the row's stored type).
template <class Part, class T>
void append(const Member<Part, T>& row, const Recorded& recorded, output::ColumnValues& out) {
    const std::vector<T>& values = part_of<Part>(recorded.world).*row.member;
    const auto add = [&](auto& target, auto convert) {
        target.reserve(target.size() + values.size());
        for (const T& v : values)
            target.push_back(convert(v));
    };
    switch (row.stored) {
        case Stored::float64:
            if constexpr (std::is_arithmetic_v<T>)
                add(std::get<std::vector<double>>(out), [](T v) { return static_cast<double>(v); });
            break;
        case Stored::int32:
            add(std::get<std::vector<std::int32_t>>(out),
                [](T v) { return static_cast<std::int32_t>(v); });
            break;
        case Stored::name:
            if constexpr (std::is_enum_v<T>)
                add(std::get<std::vector<std::string>>(out),
                    [](T v) { return std::string(scenario::name_of(v)); });
            else
                throw std::logic_error(std::string(row.path) + ": only an enum is stored by name");
            break;
    }
}

template <class S>
void append(const Derived<S>& row, const Recorded& recorded, output::ColumnValues& out) {
    const std::vector<S> values = row.values(recorded);
    auto& target = std::get<std::vector<S>>(out);
    target.insert(target.end(), values.begin(), values.end());
}

// The column of a row with the values `recorded` gives (a `once` or `at_end` row).
template <class Row>
output::Column column(const Row& row, const Recorded& recorded) {
    output::Column c = header(row);
    append(row, recorded, c.values);
    return c;
}

// Calls f(row) for every row of a table (a tuple of pointers to rows), in order.
template <class Table, class F>
void for_each_row(const Table& table, F&& f) {
    std::apply([&](const auto*... rows) { (f(*rows), ...); }, table);
}

}  // namespace coopsim::columns
