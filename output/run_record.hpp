#pragma once
// The content of one run's trajectory file, independent of HDF5.
//
// A run is a set of named columns. Each column is one dataset of the file: its path, the axes
// it is indexed by (the year axis always first when present), its unit and meaning, and its
// values stored row-major. Axes are themselves columns (the "scale" columns listed in
// axis_scale_path) and become HDF5 dimension scales, so the file reads as a labelled dataset
// in xarray and netCDF tools. The simulation fills a RunRecord; output/writer.hpp stores it and
// output/reader.hpp reads it back.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace coopsim::output {

// The axes a dataset can be indexed by. Each has one scale dataset (see axis_scale_path).
// `run`: the runs of a sweep (coopsim sweep), first axis of its per-run datasets.
enum class Axis { year, territory, donor, actor, route, flow, project, run };

// Path of the 1-D dataset that labels an axis ("/years", "/territories/dane_code", ...).
constexpr std::string_view axis_scale_path(Axis axis) {
    switch (axis) {
        case Axis::year:
            return "/years";
        case Axis::territory:
            return "/territories/dane_code";
        case Axis::donor:
            return "/donors/donor_id";
        case Axis::actor:
            return "/actors/actor_id";
        case Axis::route:
            return "/routes/route_id";
        case Axis::flow:
            return "/flows/flow_id";
        case Axis::project:
            return "/projects/project_id";
        case Axis::run:
            return "/runs";
    }
    return "";
}

// Short name of an axis ("year", "territory", ...), as written in docs/OUTPUT.md.
std::string_view axis_name(Axis axis);
// The axis whose axis_name is `name`, if any.
std::optional<Axis> axis_from_name(std::string_view name);
// Every axis, in declaration order.
inline constexpr Axis kAllAxes[] = {Axis::year,  Axis::territory, Axis::donor,   Axis::actor,
                                    Axis::route, Axis::flow,      Axis::project, Axis::run};

using ColumnValues = std::variant<std::vector<double>, std::vector<std::int32_t>,
                                  std::vector<std::int64_t>, std::vector<std::string>>;
// The stored type of values as docs/OUTPUT.md names it: "float64", "int32", "int64", "string".
std::string_view type_name(const ColumnValues& values);

struct Column {
    std::string path;         // absolute HDF5 path, e.g. "/territories/cooperation_received_cop"
    std::vector<Axis> axes;   // one entry per dimension; empty for a scalar
    std::string unit;         // "COP", "USD", "1" (dimensionless), "events/year", "" for labels
    std::string description;  // one sentence: what the value means
    ColumnValues values;      // row-major, size = product of the axes' lengths

    bool operator==(const Column&) const = default;
};

// What describes the run itself: root attributes of the file (equal for equal runs).
struct RunIdentity {
    std::string format_version;   // kFormatVersion of output/format.hpp
    std::string coopsim_version;  // e.g. "0.1.0"
    std::string git_commit;       // commit of the build, "-dirty" when the tree was modified
    std::string scenario_name;
    std::string scenario_json;  // the full resolved scenario (after extends and overrides)
    std::uint64_t seed = 0;

    bool operator==(const RunIdentity&) const = default;
};

// What varies between two runs of identical content: the /provenance group of the file.
struct RunProvenance {
    std::string created_utc;  // ISO 8601, e.g. "2026-11-25T01:30:00Z"
    std::string host;
    double wall_seconds = 0;
    int threads = 0;
    std::string command_line;

    bool operator==(const RunProvenance&) const = default;
};

struct RunRecord {
    RunIdentity identity;
    RunProvenance provenance;
    std::vector<Column> columns;  // scale columns included; order is the writing order

    // The column at `path`, or nullptr.
    const Column* find(std::string_view path) const;
    // Length of an axis: the size of its scale column (0 when absent).
    std::size_t axis_length(Axis axis) const;
};

}  // namespace coopsim::output
