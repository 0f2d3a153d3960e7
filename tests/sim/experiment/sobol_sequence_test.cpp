#include "sim/experiment/sobol_sequence.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

namespace coopsim::experiment {
namespace {

// The first points of the unscrambled Sobol' sequence in Joe & Kuo's order (as printed by their
// reference generator and by scipy.stats.qmc.Sobol(scramble=False)).
TEST(SobolSequence, KnownFirstPoints) {
    const SobolSequence sobol(3);
    const std::vector<std::vector<double>> expected{
        {0.0, 0.0, 0.0},       {0.5, 0.5, 0.5},       {0.75, 0.25, 0.25},    {0.25, 0.75, 0.75},
        {0.375, 0.375, 0.625}, {0.875, 0.875, 0.125}, {0.625, 0.125, 0.875}, {0.125, 0.625, 0.375},
    };
    for (std::uint32_t n = 0; n < expected.size(); ++n)
        EXPECT_EQ(sobol.point(n), expected[n]) << "point " << n;
}

// Point 2^(b+1) - 1 has Gray code 2^b, so its coordinates are the direction numbers of bit b:
// dimension d's integer m_(b+1) = integer_point(2^(b+1) - 1)[d] / 2^(31-b). The initial numbers of
// a few rows of new-joe-kuo-6.21201 (d s a m_1 ... m_s), and dimension 2's continuation by the
// recurrence (x + 1: m_i = 2 m_(i-1) xor m_(i-1)).
TEST(SobolSequence, DirectionNumbersOfJoeKuo) {
    const SobolSequence sobol(SobolSequence::kMaxDimensions);
    auto m = [&](int dimension, int i) {  // 1-based, as in the file
        const std::uint32_t index = (std::uint32_t{1} << i) - 1;
        return sobol.integer_point(index)[static_cast<std::size_t>(dimension - 1)] >> (32 - i);
    };
    const std::vector<std::pair<int, std::vector<std::uint32_t>>> rows{
        {1, {1, 1, 1, 1, 1, 1, 1, 1}},
        {2, {1, 3, 5, 15, 17, 51, 85, 255}},
        {3, {1, 3}},
        {4, {1, 3, 1}},
        {5, {1, 1, 1}},
        {7, {1, 3, 5, 13}},
        {13, {1, 3, 5, 5, 31}},
        {20, {1, 3, 7, 11, 23, 15, 103}},
        {37, {1, 3, 3, 5, 3, 55, 33}},
        {40, {1, 3, 1, 11, 11, 11, 77, 249}},
        {53, {1, 1, 3, 5, 11, 43, 53, 133}},
        {101, {1, 3, 3, 7, 29, 37, 33, 123, 147}},
    };
    for (const auto& [dimension, initial] : rows)
        for (std::size_t i = 0; i < initial.size(); ++i)
            EXPECT_EQ(m(dimension, static_cast<int>(i) + 1), initial[i])
                << "dimension " << dimension << ", m_" << i + 1;
    EXPECT_EQ(SobolSequence::polynomial_degree(39), 8);  // dimension 40
    EXPECT_EQ(SobolSequence::polynomial_degree(100), 9);
}

TEST(SobolSequence, DoublesAreTheExactBinaryFractions) {
    const SobolSequence sobol(SobolSequence::kMaxDimensions);
    for (std::uint32_t n : {1U, 2U, 77U, 1000U, 123456789U, 0xFFFFFFFFU}) {
        const std::vector<std::uint32_t> x = sobol.integer_point(n);
        const std::vector<double> u = sobol.point(n);
        ASSERT_EQ(x.size(), u.size());
        for (std::size_t d = 0; d < x.size(); ++d) {
            EXPECT_EQ(u[d], static_cast<double>(x[d]) / 4294967296.0);
            EXPECT_GE(u[d], 0.0);
            EXPECT_LT(u[d], 1.0);
        }
    }
}

// The first 2^m points of every dimension put exactly one point in each [j/2^m, (j+1)/2^m).
TEST(SobolSequence, EveryDimensionIsStratified) {
    constexpr int kMaxBits = 12;
    const SobolSequence sobol(SobolSequence::kMaxDimensions);
    std::vector<std::vector<std::uint32_t>> points;
    for (std::uint32_t n = 0; n < (1U << kMaxBits); ++n)
        points.push_back(sobol.integer_point(n));
    for (int d = 0; d < sobol.dimensions(); ++d) {
        for (int m = 1; m <= kMaxBits; ++m) {
            std::vector<int> count(std::size_t{1} << m, 0);
            for (std::size_t n = 0; n < (std::size_t{1} << m); ++n)
                ++count[points[n][static_cast<std::size_t>(d)] >> (32 - m)];
            EXPECT_TRUE(std::all_of(count.begin(), count.end(), [](int c) { return c == 1; }))
                << "dimension " << d + 1 << ", 2^" << m << " points";
        }
    }
}

// Two-dimensional projections: dimensions i and j with polynomial degrees e_i, e_j form a
// (t, 2)-sequence with t = (e_i - 1) + (e_j - 1): among the first 2^m points, every box
// [a/2^p, (a+1)/2^p) x [b/2^q, (b+1)/2^q) with p + q = m - t holds exactly 2^t points. This checks
// the polynomials and the recurrence that extends the initial direction numbers.
TEST(SobolSequence, TwoDimensionalProjectionsAreNets) {
    constexpr int kBits = 12;
    constexpr int kDimensions = 40;
    const SobolSequence sobol(SobolSequence::kMaxDimensions);
    std::vector<std::vector<std::uint32_t>> points;
    for (std::uint32_t n = 0; n < (1U << kBits); ++n)
        points.push_back(sobol.integer_point(n));
    auto check_pair = [&](int i, int j) {
        const int t =
            SobolSequence::polynomial_degree(i) - 1 + SobolSequence::polynomial_degree(j) - 1;
        if (t > kBits) return;
        const int resolution = kBits - t;
        for (int p = 0; p <= resolution; ++p) {
            const int q = resolution - p;
            std::vector<int> count(std::size_t{1} << resolution, 0);
            for (const auto& x : points) {
                const std::uint32_t a = p == 0 ? 0 : x[static_cast<std::size_t>(i)] >> (32 - p);
                const std::uint32_t b = q == 0 ? 0 : x[static_cast<std::size_t>(j)] >> (32 - q);
                ++count[(std::size_t{a} << q) | b];
            }
            EXPECT_TRUE(
                std::all_of(count.begin(), count.end(), [t](int c) { return c == (1 << t); }))
                << "dimensions " << i + 1 << " and " << j + 1 << ", boxes 2^-" << p << " x 2^-"
                << q;
        }
    };
    for (int i = 0; i < kDimensions; ++i)
        for (int j = i + 1; j < kDimensions; ++j)
            check_pair(i, j);
    for (int j = kDimensions; j < SobolSequence::kMaxDimensions; ++j)
        check_pair(0, j);
}

TEST(SobolSequence, RejectsUnsupportedDimensions) {
    EXPECT_THROW(SobolSequence(0), std::invalid_argument);
    EXPECT_THROW(SobolSequence(SobolSequence::kMaxDimensions + 1), std::invalid_argument);
    EXPECT_NO_THROW(SobolSequence(SobolSequence::kMaxDimensions));
    EXPECT_THROW(SobolSequence::polynomial_degree(SobolSequence::kMaxDimensions),
                 std::invalid_argument);
}

}  // namespace
}  // namespace coopsim::experiment
