#include "output/run_record.hpp"

#include <algorithm>

namespace coopsim::output {

std::string_view type_name(const ColumnValues& values) {
    constexpr std::string_view names[] = {"float64", "int32", "int64", "string"};
    return names[values.index()];
}

std::string_view axis_name(Axis axis) {
    switch (axis) {
        case Axis::year:
            return "year";
        case Axis::territory:
            return "territory";
        case Axis::donor:
            return "donor";
        case Axis::actor:
            return "actor";
        case Axis::route:
            return "route";
        case Axis::flow:
            return "flow";
        case Axis::project:
            return "project";
        case Axis::run:
            return "run";
    }
    return "";
}

std::optional<Axis> axis_from_name(std::string_view name) {
    for (Axis axis : kAllAxes)
        if (axis_name(axis) == name) return axis;
    return std::nullopt;
}

const Column* RunRecord::find(std::string_view path) const {
    auto it = std::find_if(columns.begin(), columns.end(),
                           [&](const Column& c) { return c.path == path; });
    return it == columns.end() ? nullptr : &*it;
}

std::size_t RunRecord::axis_length(Axis axis) const {
    const Column* scale = find(axis_scale_path(axis));
    if (!scale) return 0;
    return std::visit([](const auto& v) { return v.size(); }, scale->values);
}

}  // namespace coopsim::output
