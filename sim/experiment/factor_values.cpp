// How a factor turns a design's unit coordinate into a value (experiment.hpp).
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/experiment/experiment.hpp"

namespace coopsim::experiment {

namespace {

// Inverse of the standard normal distribution function (Acklam's rational approximation,
// relative error below 1.2e-9), for p in (0, 1).
double normal_quantile(double p) {
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) return -normal_quantile(1 - p);
    const double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double normal_cdf(double x) {
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double quantile(const Distribution& d, double u) {
    switch (d.kind) {
        case DistributionKind::uniform:
            return d.low + u * (d.high - d.low);
        case DistributionKind::log_uniform:
            return std::exp(std::log(d.low) + u * (std::log(d.high) - std::log(d.low)));
        case DistributionKind::normal: {
            // Truncated to [low, high]: the quantile u of the mass between the bounds; the
            // bounds themselves at u = 0 and 1.
            if (u <= 0) return d.low;
            if (u >= 1) return d.high;
            const double from = normal_cdf((d.low - d.mean) / d.sd);
            const double to = normal_cdf((d.high - d.mean) / d.sd);
            const double p = std::clamp(from + u * (to - from), 1e-15, 1 - 1e-15);
            return std::clamp(d.mean + d.sd * normal_quantile(p), d.low, d.high);
        }
        case DistributionKind::triangular: {
            const double width = d.high - d.low;
            if (width <= 0) return d.low;
            const double split = (d.mode - d.low) / width;
            return u < split ? d.low + std::sqrt(u * width * (d.mode - d.low))
                             : d.high - std::sqrt((1 - u) * width * (d.high - d.mode));
        }
    }
    return d.low;
}

}  // namespace

bool Factor::discrete() const {
    return !values.empty() || (range && range->steps >= 2);
}

int Factor::level_count() const {
    if (!values.empty()) return static_cast<int>(values.size());
    if (range && range->steps >= 2) return range->steps;
    throw std::logic_error("factor " + name + " is continuous: it has no levels");
}

nlohmann::json Factor::value_at(double u) const {
    u = std::clamp(u, 0.0, 1.0);
    if (discrete()) {
        const int n = level_count();
        const int level = std::min(n - 1, static_cast<int>(std::floor(u * n)));
        if (!values.empty()) return values[static_cast<std::size_t>(level)];
        return range->from + (range->to - range->from) * level / (n - 1);
    }
    if (range) return range->from + u * (range->to - range->from);
    if (distribution) return quantile(*distribution, u);
    throw std::logic_error("factor " + name + " has no values, range or distribution");
}

}  // namespace coopsim::experiment
