#include "sim/validation/ensemble_statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace coopsim::validation {
namespace {

TEST(Gini, EqualAmountsAreZero) {
    EXPECT_DOUBLE_EQ(gini({5, 5, 5, 5}), 0.0);
}

// One of four holds everything: (2 * 4) / (4 * 1) - 5 / 4 = 0.75, the largest Gini for n = 4.
TEST(Gini, OneHoldingAllIsOneMinusOneOverN) {
    EXPECT_DOUBLE_EQ(gini({0, 0, 7, 0}), 0.75);
}

// Textbook value: amounts 1, 2, 3, 4 give G = 0.25; order does not matter.
TEST(Gini, KnownValue) {
    EXPECT_DOUBLE_EQ(gini({4, 1, 3, 2}), 0.25);
}

TEST(Gini, UndefinedWithoutMoney) {
    EXPECT_TRUE(std::isnan(gini({})));
    EXPECT_TRUE(std::isnan(gini({0, 0})));
}

// Type-7 quantiles, as numpy.quantile and R's quantile() by default.
TEST(Quantile, InterpolatesBetweenOrderStatistics) {
    const std::vector<double> v{10, 0, 30, 20};
    EXPECT_DOUBLE_EQ(quantile(v, 0.0), 0.0);
    EXPECT_DOUBLE_EQ(quantile(v, 1.0), 30.0);
    EXPECT_DOUBLE_EQ(median(v), 15.0);
    EXPECT_DOUBLE_EQ(quantile(v, 0.05), 1.5);  // position 0.15 between 0 and 10
    EXPECT_DOUBLE_EQ(mean(v), 15.0);
    EXPECT_TRUE(std::isnan(median({})));
}

}  // namespace
}  // namespace coopsim::validation
