#include "sim/engine/saved_state.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>
#include <variant>

#include "output/output_error.hpp"
#include "sim/columns/run_columns.hpp"
#include "sim/engine/world_state.hpp"
#include "sim/errors.hpp"
#include "sim/world/world.hpp"

namespace coopsim::engine {

namespace {

using output::Axis;
using output::Column;
using output::OutputError;
using I32 = std::int32_t;

// The year of each flow (flows are recorded year by year).
constexpr std::string_view kFlowYearPath = columns::flows::year.path;

std::vector<I32> int_column(const output::RunFile& run, std::string_view path,
                            const std::string& file) {
    Column column = run.column(path);
    auto* values = std::get_if<std::vector<I32>>(&column.values);
    if (!values) throw OutputError(file, column.path, "expected int32 values");
    return std::move(*values);
}

void check_state_format(const output::RunFile& run, const std::string& file) {
    const Column column = run.column(kStateFormatPath);
    const auto* version = std::get_if<std::vector<std::string>>(&column.values);
    int major = 0;
    const bool readable = version && version->size() == 1 &&
                          std::from_chars(version->front().data(),
                                          version->front().data() + version->front().size(), major)
                                  .ec == std::errc() &&
                          major == kStateFormatMajor;
    if (!readable)
        throw OutputError(file, kStateFormatPath,
                          "is not a state layout this coopsim reads (" +
                              std::to_string(kStateFormatMajor) + ".x)");
}

// The product of the lengths of the axes after the first: the values in one row of `column`.
std::size_t row_width(const output::RunRecord& record, const Column& column) {
    std::size_t width = 1;
    for (std::size_t k = 1; k < column.axes.size(); ++k)
        width *= record.axis_length(column.axes[k]);
    return width;
}

// Puts the first `rows` of the `saved_rows` rows of the saved column in front of `column`.
void prepend_rows(Column& column, std::size_t width, const Column& saved, std::size_t rows,
                  std::size_t saved_rows, const std::string& file) {
    if (saved.axes != column.axes)
        throw OutputError(file, saved.path, "has other axes than this coopsim writes");
    std::visit(
        [&](auto& values) {
            using Values = std::decay_t<decltype(values)>;
            const auto* before = std::get_if<Values>(&saved.values);
            if (!before || before->size() != saved_rows * width)
                throw OutputError(file, saved.path,
                                  "has another type or size than this coopsim writes");
            values.insert(values.begin(), before->begin(),
                          before->begin() + static_cast<std::ptrdiff_t>(rows * width));
        },
        column.values);
}

}  // namespace

SavedState::SavedState(const std::filesystem::path& file, int year)
    : file_(file.string()), run_(file), year_(year) {
    if (!run_.has_column(kStateYearPath))
        throw InputError(file_ +
                         ": holds no saved state (a run saves one with --save-state-at YEAR)");
    check_state_format(run_, file_);
    const std::vector<I32> saved = int_column(run_, kStateYearPath, file_);
    if (saved.size() != 1) throw OutputError(file_, kStateYearPath, "expected one year");
    if (saved.front() != year)
        throw InputError(file_ + ": holds the state at the start of " +
                         std::to_string(saved.front()) + ", not " + std::to_string(year));
    years_ = int_column(run_, output::axis_scale_path(Axis::year), file_);
    const bool consecutive =
        !years_.empty() && std::adjacent_find(years_.begin(), years_.end(), [](I32 a, I32 b) {
                               return b != a + 1;
                           }) == years_.end();
    if (!consecutive || year <= years_.front() || year > years_.back())
        throw OutputError(file_, std::string(output::axis_scale_path(Axis::year)),
                          "do not run through the state year");
}

void SavedState::restore(World& world) const {
    restore_state(world, run_, file_);
}

void SavedState::prepend_history(output::RunRecord& record) const {
    const auto years_before = static_cast<std::size_t>(year_ - years_.front());
    const std::vector<I32> flow_years = int_column(run_, kFlowYearPath, file_);
    const auto flows_before = static_cast<std::size_t>(
        std::find_if(flow_years.begin(), flow_years.end(), [&](I32 y) { return y >= year_; }) -
        flow_years.begin());
    if (!std::is_sorted(flow_years.begin(), flow_years.end()))
        throw OutputError(file_, std::string(kFlowYearPath), "is not in year order");

    const std::string flow_scale(output::axis_scale_path(Axis::flow));
    for (Column& column : record.columns) {
        if (column.axes.empty() || column.path == flow_scale) continue;
        const std::size_t width = row_width(record, column);
        if (column.axes.front() == Axis::year)
            prepend_rows(column, width, run_.column(column.path), years_before, years_.size(),
                         file_);
        else if (column.axes.front() == Axis::flow)
            prepend_rows(column, width, run_.column(column.path), flows_before, flow_years.size(),
                         file_);
    }
    // The flow axis numbers the rows of the flow table.
    for (Column& column : record.columns)
        if (column.path == flow_scale) {
            auto& ids = std::get<std::vector<I32>>(column.values);
            ids.resize(ids.size() + flows_before);
            std::iota(ids.begin(), ids.end(), 0);
        }
}

}  // namespace coopsim::engine
