#pragma once
// A row of the column tables as an output::Column: its header (path, axes, unit, meaning, the
// empty values of its stored type) and its values, taken from a world or from what the recorder
// has seen.
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "sim/columns/column_rows.hpp"

namespace coopsim::columns {

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
