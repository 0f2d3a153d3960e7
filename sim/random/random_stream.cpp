#include "sim/random/random_stream.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace coopsim::engine {

// The numbers in this file are the published constants of the algorithms it implements
// (SplitMix64, Box–Muller, Marsaglia–Tsang, Poisson by inversion and its normal approximation;
// docs/MODEL.md §3.3); naming each would only restate the papers.
// NOLINTBEGIN(readability-magic-numbers)

std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

namespace {
// Folds one key component into the running key; chaining mix64 keeps the components ordered,
// so (a, b) and (b, a) give different streams.
std::uint64_t fold(std::uint64_t key, std::uint64_t component) {
    return mix64(key ^ mix64(component));
}
}  // namespace

RandomStream::RandomStream(std::uint64_t seed, Purpose purpose, AgentKind kind, std::uint64_t agent,
                           int year, std::uint64_t sub) {
    std::uint64_t k = mix64(seed);
    k = fold(k, static_cast<std::uint64_t>(purpose));
    k = fold(k, static_cast<std::uint64_t>(kind));
    k = fold(k, agent);
    k = fold(k, static_cast<std::uint64_t>(static_cast<std::int64_t>(year)));
    k = fold(k, sub);
    key_ = k;
}

std::uint64_t RandomStream::next_u64() {
    // Counter mode: the n-th number is a keyed hash of n; two rounds separate nearby keys.
    ++counter_;
    return mix64(key_ ^ mix64(counter_ * 0xD1B54A32D192ED03ULL));
}

double RandomStream::uniform() {
    return static_cast<double>(next_u64() >> 11) * 0x1.0p-53;
}

bool RandomStream::bernoulli(double p) {
    return uniform() < std::clamp(p, 0.0, 1.0);
}

int RandomStream::uniform_int(int lo, int hi) {
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
    // Rejection removes the modulo bias: draws in the last incomplete block are redrawn.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t r = next_u64();
    while (r >= limit)
        r = next_u64();
    return lo + static_cast<int>(r % span);
}

double RandomStream::normal() {
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double RandomStream::gamma(double shape) {
    if (shape < 1.0) {
        // Boost a shape below one (Marsaglia–Tsang, section 6).
        double u = uniform();
        while (u <= 0.0)
            u = uniform();
        return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0, v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
        if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
    }
}

double RandomStream::beta(double a, double b) {
    const double x = gamma(a);
    const double y = gamma(b);
    return (x + y) > 0.0 ? x / (x + y) : 0.5;
}

int RandomStream::poisson(double mean) {
    if (!(mean > 0.0)) return 0;
    if (mean < 30.0) {
        // Inversion by sequential search: exact, cost proportional to the mean.
        const double limit = std::exp(-mean);
        double p = uniform();
        int k = 0;
        while (p > limit) {
            p *= uniform();
            ++k;
        }
        return k;
    }
    // Large means (national conflict surges): a rounded normal is accurate to well under 1 %.
    const double x = std::round(mean + std::sqrt(mean) * normal());
    return x < 0.0 ? 0 : static_cast<int>(std::min(x, 1.0e9));
}

// NOLINTEND(readability-magic-numbers)

}  // namespace coopsim::engine
