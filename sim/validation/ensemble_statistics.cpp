#include "sim/validation/ensemble_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace coopsim::validation {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double mean(const std::vector<double>& values) {
    if (values.empty()) return kNaN;
    return std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return kNaN;
    std::sort(values.begin(), values.end());
    const double position = q * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return values[below] + fraction * (values[above] - values[below]);
}

double median(const std::vector<double>& values) {
    return quantile(values, 0.5);
}

double gini(std::vector<double> amounts) {
    if (amounts.empty()) return kNaN;
    std::sort(amounts.begin(), amounts.end());
    double total = 0, weighted = 0;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        total += amounts[i];
        weighted += static_cast<double>(i + 1) * amounts[i];
    }
    if (total <= 0.0) return kNaN;
    const auto n = static_cast<double>(amounts.size());
    return (2.0 * weighted) / (n * total) - (n + 1.0) / n;
}

}  // namespace coopsim::validation
