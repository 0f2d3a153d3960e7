#pragma once
// Reading a RunRecord's columns for reports. A column that is absent, not of the expected
// kind or not of the expected size reads as empty: a report then leaves that part out
// instead of failing, so a renamed column costs one table, not the run's summary.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::output {

// Any numeric column as doubles; empty unless it has exactly `size` values.
std::vector<double> numbers(const RunRecord& record, std::string_view path, std::size_t size);
// A string column; empty unless it has exactly `size` values.
std::vector<std::string> strings(const RunRecord& record, std::string_view path, std::size_t size);
// A numeric column that must be there with `size` values (measures that cannot do without it);
// throws std::logic_error naming the path otherwise.
std::vector<double> required_numbers(const RunRecord& record, std::string_view path,
                                     std::size_t size);
// The number of values of a column, 0 when absent.
std::size_t value_count(const RunRecord& record, std::string_view path);

}  // namespace coopsim::output
