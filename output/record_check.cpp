#include "output/record_check.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "output/output_error.hpp"

namespace coopsim::output {

namespace {

std::size_t size_of(const ColumnValues& values) {
    return std::visit([](const auto& v) { return v.size(); }, values);
}

bool is_valid_path(std::string_view path) {
    if (path.size() < 2 || path.front() != '/' || path.back() == '/') return false;
    return path.find("//") == std::string_view::npos;
}

bool is_reserved(std::string_view path) {
    std::string_view reserved = kProvenanceGroup;
    return path == reserved || (path.starts_with(reserved) && path.size() > reserved.size() &&
                                path[reserved.size()] == '/');
}

void check_axes(const RunRecord& record, const Column& column, const std::string& file) {
    // Year first, so that a year's row is contiguous; a sweep's per-run datasets put the run
    // before it.
    auto year = std::find(column.axes.begin(), column.axes.end(), Axis::year);
    const auto first =
        column.axes.begin() + (!column.axes.empty() && column.axes.front() == Axis::run);
    if (year != column.axes.end() && year != first)
        throw OutputError(file, column.path,
                          "the year axis must be the first axis (after the run axis, if any)");

    std::size_t expected = 1;
    for (Axis axis : column.axes) {
        const Column* scale = record.find(axis_scale_path(axis));
        if (!scale)
            throw OutputError(file, column.path,
                              "uses axis '" + std::string(axis_name(axis)) + "' but the record " +
                                  "has no scale column " + std::string(axis_scale_path(axis)));
        expected *= size_of(scale->values);
    }
    std::size_t actual = size_of(column.values);
    if (actual != expected)
        throw OutputError(file, column.path,
                          "has " + std::to_string(actual) + " values, expected " +
                              std::to_string(expected) + " (the product of its axes' lengths)");
}

void check_scale(const Column& column, const std::string& file) {
    for (Axis axis : kAllAxes) {
        if (column.path != axis_scale_path(axis)) continue;
        if (column.axes.size() != 1 || column.axes.front() != axis)
            throw OutputError(file, column.path,
                              "is the scale of axis '" + std::string(axis_name(axis)) +
                                  "' and must have exactly that one axis");
    }
}

}  // namespace

void check_record(const RunRecord& record, const std::string& file) {
    std::set<std::string_view> seen;
    for (const Column& column : record.columns) {
        if (!is_valid_path(column.path))
            throw OutputError(file, column.path,
                              "column path must be absolute, with no empty part");
        if (is_reserved(column.path))
            throw OutputError(file, column.path, "path is reserved by the file format");
        if (!seen.insert(column.path).second)
            throw OutputError(file, column.path, "two columns have this path");
        check_scale(column, file);
        check_axes(record, column, file);
    }
}

}  // namespace coopsim::output
