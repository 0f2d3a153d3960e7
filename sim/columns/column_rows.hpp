#pragma once
// The kinds of row of the column tables (sim/columns/*_columns.hpp): each row declares one
// dataset of a run's file once — its path, unit, meaning, stored type and where its values come
// from — and the recorder (sim/stages/record.cpp), the saved state (sim/engine/world_state.cpp),
// the docs test and the format hash all read the same rows (row_columns.hpp makes a row an
// output::Column). Code that reads a dataset names its row (`columns::territories::stage.path`),
// so a renamed row is a compile error there.
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "output/run_record.hpp"
#include "sim/scenario/enum_names.hpp"
#include "sim/world/world.hpp"

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

// Deduction guides: clang 14 (clang-tidy) does not deduce an aggregate's template arguments
// from its members (C++20 P1816), GCC does; these say it for both.
template <class Part, class T>
Member(std::string_view, std::string_view, std::string_view, std::vector<T> Part::*, Written)
    -> Member<Part, T>;
template <class Part, class T>
Member(std::string_view, std::string_view, std::string_view, std::vector<T> Part::*, Written,
       Stored) -> Member<Part, T>;
template <class S>
Derived(std::string_view, std::optional<Axis>, std::string_view, std::string_view,
        std::vector<S> (*)(const Recorded&), Written) -> Derived<S>;

// A variable saved in the state (/state + path, docs/OUTPUT.md "Saved state"), as the world
// holds it at the start of the state year.
template <class Part, class T>
struct StateField {
    std::string_view path;  // without the /state prefix
    std::string_view unit;
    std::string_view description;
    std::vector<T> Part::*member;
};
template <class Part, class T>
StateField(std::string_view, std::string_view, std::string_view, std::vector<T> Part::*)
    -> StateField<Part, T>;

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

}  // namespace coopsim::columns
