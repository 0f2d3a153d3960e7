#include "sim/experiment/designs.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <vector>

#include "sim/experiment/sobol_sequence.hpp"

namespace coopsim::experiment {
namespace {

// The caller's mapping of a coordinate to one of n values.
int index_of(double u, int n) {
    return std::min(n - 1, static_cast<int>(std::floor(u * n)));
}

TEST(FullFactorial, EveryCombinationLastFactorFastest) {
    const std::vector<int> levels{2, 3, 1};
    const auto points = full_factorial(levels);
    ASSERT_EQ(points.size(), 6U);
    int n = 0;
    for (int a = 0; a < 2; ++a)
        for (int b = 0; b < 3; ++b, ++n) {
            const auto& p = points[static_cast<std::size_t>(n)];
            ASSERT_EQ(p.unit.size(), 3U);
            EXPECT_EQ(p.unit[0], (a + 0.5) / 2);
            EXPECT_EQ(p.unit[1], (b + 0.5) / 3);
            EXPECT_EQ(p.unit[2], 0.5);
            EXPECT_EQ(index_of(p.unit[0], 2), a);
            EXPECT_EQ(index_of(p.unit[1], 3), b);
            EXPECT_EQ(p.block, 0);
            EXPECT_EQ(p.factor, -1);
        }
}

TEST(FullFactorial, CountIsTheProductOfLevelsAndCombinationsAreDistinct) {
    const std::vector<int> levels{4, 7, 5, 3};
    const auto points = full_factorial(levels);
    ASSERT_EQ(points.size(), 4U * 7 * 5 * 3);
    std::set<std::vector<int>> seen;
    for (const auto& p : points) {
        std::vector<int> index;
        for (std::size_t i = 0; i < levels.size(); ++i)
            index.push_back(index_of(p.unit[i], levels[i]));
        seen.insert(index);
    }
    EXPECT_EQ(seen.size(), points.size());
}

TEST(FullFactorial, RejectsBadLevels) {
    EXPECT_THROW(full_factorial({}), std::invalid_argument);
    EXPECT_THROW(full_factorial({3, 0}), std::invalid_argument);
    EXPECT_THROW(full_factorial({-2}), std::invalid_argument);
    EXPECT_THROW(full_factorial({1 << 16, 1 << 16}), std::invalid_argument);
}

TEST(LatinHypercube, OnePointPerStratumPerFactor) {
    for (const int samples : {1, 2, 7, 100, 1000}) {
        const int factors = 5;
        const auto points = latin_hypercube(factors, samples, 42);
        ASSERT_EQ(points.size(), static_cast<std::size_t>(samples));
        for (int i = 0; i < factors; ++i) {
            std::vector<int> count(static_cast<std::size_t>(samples), 0);
            for (const auto& p : points) {
                ASSERT_EQ(p.unit.size(), static_cast<std::size_t>(factors));
                const double u = p.unit[static_cast<std::size_t>(i)];
                ASSERT_GE(u, 0.0);
                ASSERT_LT(u, 1.0);
                ++count[static_cast<std::size_t>(index_of(u, samples))];
                EXPECT_EQ(p.block, 0);
                EXPECT_EQ(p.factor, -1);
            }
            EXPECT_TRUE(std::all_of(count.begin(), count.end(), [](int c) { return c == 1; }))
                << samples << " samples, factor " << i;
        }
    }
}

TEST(LatinHypercube, SameSeedSamePointsOtherSeedOthers) {
    const auto a = latin_hypercube(4, 50, 7);
    EXPECT_EQ(a, latin_hypercube(4, 50, 7));
    const auto b = latin_hypercube(4, 50, 8);
    ASSERT_EQ(b.size(), a.size());
    EXPECT_NE(a, b);
    // Not merely a shuffle of the same strata: the positions inside them differ too.
    int equal = 0;
    for (std::size_t j = 0; j < a.size(); ++j)
        for (std::size_t i = 0; i < 4; ++i)
            equal += a[j].unit[i] == b[j].unit[i];
    EXPECT_EQ(equal, 0);
}

// Positions are spread inside the strata, and the factors are not paired in the same order.
TEST(LatinHypercube, PositionsAndPermutationsAreRandom) {
    const int n = 400;
    const auto points = latin_hypercube(2, n, 3);
    double offset_sum = 0;
    int same_stratum = 0;
    for (const auto& p : points) {
        offset_sum += p.unit[0] * n - std::floor(p.unit[0] * n);
        same_stratum += index_of(p.unit[0], n) == index_of(p.unit[1], n);
    }
    EXPECT_NEAR(offset_sum / n, 0.5, 0.05);  // sd of the mean: 0.29 / 20 = 0.014
    EXPECT_LT(same_stratum, 10);             // about 1 expected under independence
}

TEST(LatinHypercube, RejectsBadArguments) {
    EXPECT_THROW(latin_hypercube(0, 10, 1), std::invalid_argument);
    EXPECT_THROW(latin_hypercube(3, 0, 1), std::invalid_argument);
}

// The grid level of a Morris coordinate, checking that it lies on the grid.
int grid_level(double u, int levels) {
    const double scaled = u * (levels - 1);
    const double level = std::round(scaled);
    EXPECT_NEAR(scaled, level, 1e-9) << u << " is off the grid";
    return static_cast<int>(level);
}

TEST(Morris, TrajectoriesMoveOneFactorAtATimeByDelta) {
    for (const int levels : {2, 4, 6, 8}) {
        const int k = 6, r = 25;
        const auto points = morris(k, r, levels, 11);
        ASSERT_EQ(points.size(), static_cast<std::size_t>(r * (k + 1)));
        const double delta = levels / (2.0 * (levels - 1));
        for (int t = 0; t < r; ++t) {
            std::vector<int> changes(static_cast<std::size_t>(k), 0);
            for (int m = 0; m <= k; ++m) {
                const auto& p = points[static_cast<std::size_t>(t * (k + 1) + m)];
                ASSERT_EQ(p.unit.size(), static_cast<std::size_t>(k));
                EXPECT_EQ(p.block, t);
                for (const double u : p.unit) {
                    EXPECT_GE(u, 0.0);
                    EXPECT_LE(u, 1.0);
                    const int level = grid_level(u, levels);
                    EXPECT_GE(level, 0);
                    EXPECT_LT(level, levels);
                }
                if (m == 0) {
                    EXPECT_EQ(p.factor, -1);
                    continue;
                }
                ASSERT_GE(p.factor, 0);
                ASSERT_LT(p.factor, k);
                ++changes[static_cast<std::size_t>(p.factor)];
                const auto& previous = points[static_cast<std::size_t>(t * (k + 1) + m - 1)];
                for (int i = 0; i < k; ++i) {
                    const auto c = static_cast<std::size_t>(i);
                    if (i == p.factor) {
                        EXPECT_NEAR(std::abs(p.unit[c] - previous.unit[c]), delta, 1e-12);
                        EXPECT_EQ(std::abs(grid_level(p.unit[c], levels) -
                                           grid_level(previous.unit[c], levels)),
                                  levels / 2);
                    } else {
                        EXPECT_EQ(p.unit[c], previous.unit[c]);
                    }
                }
            }
            EXPECT_TRUE(std::all_of(changes.begin(), changes.end(), [](int c) { return c == 1; }))
                << "trajectory " << t;
        }
    }
}

// Over many trajectories the base levels, the directions and the factor orders all vary.
TEST(Morris, TrajectoriesAreRandomised) {
    const int k = 4, r = 200, levels = 4;
    const auto points = morris(k, r, levels, 5);
    std::set<int> first_levels, first_factors;
    int ups = 0, moves = 0;
    for (std::size_t n = 0; n < points.size(); ++n) {
        const auto& p = points[n];
        if (p.factor == -1) {
            first_levels.insert(grid_level(p.unit[0], levels));
            first_factors.insert(points[n + 1].factor);
            continue;
        }
        const auto c = static_cast<std::size_t>(p.factor);
        ups += p.unit[c] > points[n - 1].unit[c];
        ++moves;
    }
    EXPECT_EQ(first_levels, (std::set<int>{0, 1, 2, 3}));
    EXPECT_EQ(first_factors, (std::set<int>{0, 1, 2, 3}));
    EXPECT_NEAR(static_cast<double>(ups) / moves, 0.5, 0.06);  // sd 0.018
}

TEST(Morris, DeterministicInTheSeed) {
    EXPECT_EQ(morris(5, 10, 4, 99), morris(5, 10, 4, 99));
    EXPECT_NE(morris(5, 10, 4, 99), morris(5, 10, 4, 100));
    // Trajectory t does not depend on how many trajectories are asked for.
    const auto short_design = morris(5, 3, 4, 99);
    const auto long_design = morris(5, 10, 4, 99);
    EXPECT_TRUE(std::equal(short_design.begin(), short_design.end(), long_design.begin()));
}

TEST(Morris, RejectsBadArguments) {
    EXPECT_THROW(morris(0, 10, 4, 1), std::invalid_argument);
    EXPECT_THROW(morris(3, 0, 4, 1), std::invalid_argument);
    EXPECT_THROW(morris(3, 10, 5, 1), std::invalid_argument);  // odd
    EXPECT_THROW(morris(3, 10, 0, 1), std::invalid_argument);
}

// A, B, AB_i and BA_i blocks, labelled, with AB_i = A but column i from B (and BA_i the reverse).
void check_saltelli_structure(const std::vector<DesignPoint>& points, int k, int n,
                              bool second_order) {
    const int blocks = second_order ? 2 * k + 2 : k + 2;
    ASSERT_EQ(points.size(), static_cast<std::size_t>(n * blocks));
    auto at = [&](int block, int j) -> const DesignPoint& {
        return points[static_cast<std::size_t>(block * n + j)];
    };
    for (int j = 0; j < n; ++j) {
        const auto& a = at(0, j);
        const auto& b = at(1, j);
        EXPECT_EQ(a.block, 0);
        EXPECT_EQ(a.factor, -1);
        EXPECT_EQ(b.block, 1);
        EXPECT_EQ(b.factor, -1);
        for (int i = 0; i < k; ++i) {
            const auto c = static_cast<std::size_t>(i);
            const auto& ab = at(2 + i, j);
            EXPECT_EQ(ab.block, 2 + i);
            EXPECT_EQ(ab.factor, i);
            for (std::size_t col = 0; col < static_cast<std::size_t>(k); ++col)
                EXPECT_EQ(ab.unit[col], col == c ? b.unit[col] : a.unit[col]);
            if (!second_order) continue;
            const auto& ba = at(2 + k + i, j);
            EXPECT_EQ(ba.block, 2 + k + i);
            EXPECT_EQ(ba.factor, i);
            for (std::size_t col = 0; col < static_cast<std::size_t>(k); ++col)
                EXPECT_EQ(ba.unit[col], col == c ? a.unit[col] : b.unit[col]);
        }
    }
    for (const auto& p : points) {
        ASSERT_EQ(p.unit.size(), static_cast<std::size_t>(k));
        for (const double u : p.unit) {
            EXPECT_GE(u, 0.0);
            EXPECT_LT(u, 1.0);
        }
    }
}

TEST(Saltelli, BlocksAndLabels) {
    check_saltelli_structure(saltelli(3, 16, false, 0), 3, 16, false);
    check_saltelli_structure(saltelli(3, 16, true, 0), 3, 16, true);
    check_saltelli_structure(saltelli(1, 5, true, 0), 1, 5, true);
    check_saltelli_structure(saltelli(7, 10, true, 12345), 7, 10, true);
}

// A and B are the first and last k coordinates of Sobol' points 1 ... N.
TEST(Saltelli, BaseSamplesAreTheSobolPointsAfterTheOrigin) {
    const int k = 4, n = 9;
    const auto points = saltelli(k, n, false, 0);
    const SobolSequence sobol(2 * k);
    for (int j = 0; j < n; ++j) {
        const std::vector<double> x = sobol.point(static_cast<std::uint32_t>(j + 1));
        const std::vector<double> a(x.begin(), x.begin() + k), b(x.begin() + k, x.end());
        EXPECT_EQ(points[static_cast<std::size_t>(j)].unit, a);
        EXPECT_EQ(points[static_cast<std::size_t>(n + j)].unit, b);
    }
    EXPECT_EQ(points[0].unit, std::vector<double>(4, 0.5));
}

// With N = 2^m - 1 base samples plus the skipped origin, every column of A and B is stratified
// into 2^m intervals, the origin's interval being the only one without a point; a digital shift
// keeps the stratification.
TEST(Saltelli, ColumnsAreStratified) {
    const int k = 20, m = 7, n = (1 << m) - 1;  // 40 Sobol' dimensions
    for (const std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{2024}}) {
        const auto points = saltelli(k, n, false, seed);
        std::vector<int> empty_interval;
        for (int block = 0; block < 2; ++block)
            for (int i = 0; i < k; ++i) {
                std::vector<int> count(std::size_t{1} << m, 0);
                for (int j = 0; j < n; ++j)
                    ++count[static_cast<std::size_t>(
                        index_of(points[static_cast<std::size_t>(block * n + j)]
                                     .unit[static_cast<std::size_t>(i)],
                                 1 << m))];
                EXPECT_EQ(std::count(count.begin(), count.end(), 1), n)
                    << "seed " << seed << ", block " << block << ", column " << i;
                if (seed == 0) {
                    EXPECT_EQ(count[0], 0);
                }
            }
    }
}

TEST(Saltelli, DigitalShiftDependsOnTheSeed) {
    EXPECT_EQ(saltelli(3, 8, true, 0), saltelli(3, 8, true, 0));
    EXPECT_EQ(saltelli(3, 8, true, 17), saltelli(3, 8, true, 17));
    EXPECT_NE(saltelli(3, 8, true, 17), saltelli(3, 8, true, 0));
    EXPECT_NE(saltelli(3, 8, true, 17), saltelli(3, 8, true, 18));
    // The second-order design extends the first-order one.
    const auto first = saltelli(3, 8, false, 17);
    const auto second = saltelli(3, 8, true, 17);
    EXPECT_TRUE(std::equal(first.begin(), first.end(), second.begin()));
}

TEST(Saltelli, RejectsBadArguments) {
    EXPECT_THROW(saltelli(0, 8, false, 0), std::invalid_argument);
    EXPECT_THROW(saltelli(51, 8, false, 0), std::invalid_argument);
    EXPECT_THROW(saltelli(3, 0, false, 0), std::invalid_argument);
    EXPECT_NO_THROW(saltelli(50, 2, true, 0));
}

}  // namespace
}  // namespace coopsim::experiment
