#include "sim/experiment/designs.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>

#include "sim/experiment/sobol_sequence.hpp"
#include "sim/random/random_stream.hpp"

namespace coopsim::experiment {

namespace {

// The key's agent names the design, so that designs sharing a seed draw different numbers.
constexpr std::uint64_t kLatinHypercubeAgent = 1;
constexpr std::uint64_t kMorrisAgent = 2;
constexpr std::uint64_t kSaltelliAgent = 3;

engine::RandomStream design_stream(std::uint64_t seed, std::uint64_t agent, std::uint64_t sub) {
    return engine::RandomStream(seed, engine::Purpose::experiment_design,
                                engine::AgentKind::experiment, agent, 0, sub);
}

void require(bool condition, const std::string& message) {
    if (!condition) throw std::invalid_argument(message);
}

// Fisher–Yates: a uniform permutation of 0 ... n-1.
std::vector<int> permutation(int n, engine::RandomStream& stream) {
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<std::size_t>(i)] = i;
    for (int i = n - 1; i > 0; --i)
        std::swap(order[static_cast<std::size_t>(i)],
                  order[static_cast<std::size_t>(stream.uniform_int(0, i))]);
    return order;
}

// (stratum + offset) / n with offset in [0, 1) can round onto the next stratum's edge; step it back
// (by ulps) until the caller's floor(u n) gives `stratum`.
double inside_stratum(int stratum, double offset, int n) {
    const double width = static_cast<double>(n);
    double u = (static_cast<double>(stratum) + offset) / width;
    while (u > 0.0 && std::floor(u * width) > static_cast<double>(stratum))
        u = std::nextafter(u, 0.0);
    while (std::floor(u * width) < static_cast<double>(stratum))
        u = std::nextafter(u, 1.0);
    return u;
}

}  // namespace

std::vector<DesignPoint> full_factorial(const std::vector<int>& levels) {
    require(!levels.empty(), "full_factorial: needs at least one factor");
    std::size_t count = 1;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        require(levels[i] >= 1, "full_factorial: factor " + std::to_string(i) + " has " +
                                    std::to_string(levels[i]) + " levels; needs at least 1");
        count *= static_cast<std::size_t>(levels[i]);
        require(count <= static_cast<std::size_t>(std::numeric_limits<int>::max()),
                "full_factorial: more than INT_MAX points");
    }
    std::vector<DesignPoint> points;
    points.reserve(count);
    std::vector<int> level(levels.size(), 0);  // an odometer, last factor fastest
    for (std::size_t n = 0; n < count; ++n) {
        DesignPoint p;
        p.unit.resize(levels.size());
        for (std::size_t i = 0; i < levels.size(); ++i)
            p.unit[i] = (static_cast<double>(level[i]) + 0.5) / static_cast<double>(levels[i]);
        points.push_back(std::move(p));
        for (std::size_t i = levels.size(); i-- > 0;) {
            if (++level[i] < levels[i]) break;
            level[i] = 0;
        }
    }
    return points;
}

std::vector<DesignPoint> latin_hypercube(int factors, int samples, std::uint64_t seed) {
    require(factors >= 1,
            "latin_hypercube: needs at least one factor, got " + std::to_string(factors));
    require(samples >= 1,
            "latin_hypercube: needs at least one sample, got " + std::to_string(samples));
    std::vector<DesignPoint> points(static_cast<std::size_t>(samples));
    for (DesignPoint& p : points)
        p.unit.resize(static_cast<std::size_t>(factors));
    for (int i = 0; i < factors; ++i) {
        engine::RandomStream stream =
            design_stream(seed, kLatinHypercubeAgent, static_cast<std::uint64_t>(i));
        const std::vector<int> strata = permutation(samples, stream);
        for (std::size_t j = 0; j < points.size(); ++j)
            points[j].unit[static_cast<std::size_t>(i)] =
                inside_stratum(strata[j], stream.uniform(), samples);
    }
    return points;
}

std::vector<DesignPoint> morris(int factors, int trajectories, int levels, std::uint64_t seed) {
    require(factors >= 1, "morris: needs at least one factor, got " + std::to_string(factors));
    require(trajectories >= 1,
            "morris: needs at least one trajectory, got " + std::to_string(trajectories));
    require(levels >= 2 && levels % 2 == 0,
            "morris: the number of levels must be even and >= 2, got " + std::to_string(levels));
    require(static_cast<long long>(trajectories) * (factors + 1) <= std::numeric_limits<int>::max(),
            "morris: more than INT_MAX points");
    const int half = levels / 2;  // Delta in grid steps
    const double steps = static_cast<double>(levels - 1);
    const auto k = static_cast<std::size_t>(factors);

    std::vector<DesignPoint> points;
    points.reserve(static_cast<std::size_t>(trajectories) * (k + 1));
    for (int t = 0; t < trajectories; ++t) {
        engine::RandomStream stream =
            design_stream(seed, kMorrisAgent, static_cast<std::uint64_t>(t));
        // The grid level of each factor; a factor moves once, between l and l + p/2.
        std::vector<int> level(k);
        for (std::size_t i = 0; i < k; ++i) {
            const int lower = stream.uniform_int(0, half - 1);
            const bool up = stream.bernoulli(0.5);
            level[i] = up ? lower : lower + half;
        }
        const std::vector<int> order = permutation(factors, stream);
        auto emit = [&](int changed) {
            DesignPoint p;
            p.block = t;
            p.factor = changed;
            p.unit.resize(k);
            for (std::size_t i = 0; i < k; ++i)
                p.unit[i] = static_cast<double>(level[i]) / steps;  // exact at 0 and 1
            points.push_back(std::move(p));
        };
        emit(-1);
        for (const int f : order) {
            auto& l = level[static_cast<std::size_t>(f)];
            l = l < half ? l + half : l - half;
            emit(f);
        }
    }
    return points;
}

std::vector<DesignPoint> saltelli(int factors, int base_samples, bool second_order,
                                  std::uint64_t seed) {
    require(factors >= 1 && factors <= kMaxSaltelliFactors,
            "saltelli: factors must be in [1, " + std::to_string(kMaxSaltelliFactors) +
                "] (2k Sobol " + "dimensions), got " + std::to_string(factors));
    require(base_samples >= 1,
            "saltelli: needs at least one base sample, got " + std::to_string(base_samples));
    const auto k = static_cast<std::size_t>(factors);
    const auto n = static_cast<std::size_t>(base_samples);
    const std::size_t blocks = second_order ? 2 * k + 2 : k + 2;
    require(n * blocks <= static_cast<std::size_t>(std::numeric_limits<int>::max()),
            "saltelli: more than INT_MAX points");

    const SobolSequence sobol(2 * factors);
    std::vector<std::uint32_t> shift(2 * k, 0);
    if (seed != 0) {
        engine::RandomStream stream = design_stream(seed, kSaltelliAgent, 0);
        for (std::uint32_t& s : shift)
            s = static_cast<std::uint32_t>(stream.next_u64() >> 32);
    }
    // base[j]: the 2k coordinates of Sobol' point j + 1 (the origin skipped).
    std::vector<std::vector<double>> base(n);
    for (std::size_t j = 0; j < n; ++j) {
        const std::vector<std::uint32_t> x = sobol.integer_point(static_cast<std::uint32_t>(j + 1));
        base[j].resize(2 * k);
        for (std::size_t d = 0; d < 2 * k; ++d)
            base[j][d] = static_cast<double>(x[d] ^ shift[d]) * 0x1.0p-32;
    }

    std::vector<DesignPoint> points;
    points.reserve(n * blocks);
    // Block `block` takes its columns from A (offset 0) or B (offset k), except `column`, taken
    // from the other matrix.
    auto add_block = [&](int block, std::size_t from, int column) {
        for (std::size_t j = 0; j < n; ++j) {
            DesignPoint p;
            p.block = block;
            p.factor = column;
            p.unit.assign(base[j].begin() + static_cast<std::ptrdiff_t>(from),
                          base[j].begin() + static_cast<std::ptrdiff_t>(from + k));
            if (column >= 0) {
                const std::size_t other = from == 0 ? k : 0;
                const auto c = static_cast<std::size_t>(column);
                p.unit[c] = base[j][other + c];
            }
            points.push_back(std::move(p));
        }
    };
    add_block(0, 0, -1);  // A
    add_block(1, k, -1);  // B
    for (int i = 0; i < factors; ++i)
        add_block(2 + i, 0, i);  // AB_i
    if (second_order)
        for (int i = 0; i < factors; ++i)
            add_block(2 + factors + i, k, i);  // BA_i
    return points;
}

}  // namespace coopsim::experiment
