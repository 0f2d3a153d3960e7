#include "sim/validation/run_view.hpp"

#include <algorithm>

#include "output/record_columns.hpp"

namespace coopsim::validation {

using output::Axis;

RunView::RunView(const output::RunRecord& record, const scenario::Scenario& scenario)
    : record_(record),
      scenario_(scenario),
      territories_(record.axis_length(Axis::territory)),
      donors_(record.axis_length(Axis::donor)),
      routes_(record.axis_length(Axis::route)),
      projects_(record.axis_length(Axis::project)) {
    years_ = output::required_numbers(record, output::axis_scale_path(Axis::year),
                                      record.axis_length(Axis::year));
}

int RunView::year_index(int year) const {
    const auto it = std::find(years_.begin(), years_.end(), static_cast<double>(year));
    return it == years_.end() ? -1 : static_cast<int>(it - years_.begin());
}

const std::vector<double>& RunView::per_year(std::string_view path, std::size_t axis_length) {
    return cached(path, years_.size() * axis_length);
}

const std::vector<double>& RunView::per_item(std::string_view path, std::size_t length) {
    return cached(path, length);
}

const std::vector<double>& RunView::cached(std::string_view path, std::size_t size) {
    if (const auto it = columns_.find(path); it != columns_.end()) return it->second;
    return columns_.emplace(std::string(path), output::required_numbers(record_, path, size))
        .first->second;
}

}  // namespace coopsim::validation
