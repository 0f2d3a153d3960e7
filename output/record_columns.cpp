#include "output/record_columns.hpp"

#include <stdexcept>
#include <type_traits>
#include <variant>

namespace coopsim::output {

std::vector<double> numbers(const RunRecord& record, std::string_view path, std::size_t size) {
    const output::Column* column = record.find(path);
    if (!column || size == 0) return {};
    return std::visit(
        [&](const auto& values) -> std::vector<double> {
            using Value = typename std::decay_t<decltype(values)>::value_type;
            if constexpr (std::is_arithmetic_v<Value>) {
                if (values.size() != size) return {};
                std::vector<double> converted;
                converted.reserve(values.size());
                for (Value v : values) {
                    converted.push_back(static_cast<double>(v));
                }
                return converted;
            } else {
                return {};
            }
        },
        column->values);
}

std::vector<std::string> strings(const RunRecord& record, std::string_view path, std::size_t size) {
    const output::Column* column = record.find(path);
    if (!column || size == 0) return {};
    const auto* values = std::get_if<std::vector<std::string>>(&column->values);
    if (!values || values->size() != size) return {};
    return *values;
}

std::vector<double> required_numbers(const RunRecord& record, std::string_view path,
                                     std::size_t size) {
    std::vector<double> values = numbers(record, path, size);
    if (values.empty() && size > 0)
        throw std::logic_error("run record: no numeric column " + std::string(path) + " of " +
                               std::to_string(size) + " values");
    return values;
}

std::size_t value_count(const RunRecord& record, std::string_view path) {
    const output::Column* column = record.find(path);
    if (!column) return 0;
    return std::visit([](const auto& values) { return values.size(); }, column->values);
}

}  // namespace coopsim::output
