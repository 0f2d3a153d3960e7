#include "sim/world/elections.hpp"

#include <gtest/gtest.h>

#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

// Mayors are elected together: terms start in 2008, 2012, 2016 … (4-year terms from 2008).
TEST(Elections, TermStarts) {
    scenario::Parameters p;
    p.first_term_start = 2008;
    p.term_years = 4;
    EXPECT_TRUE(is_term_start(p, 2008));
    EXPECT_TRUE(is_term_start(p, 2012));
    EXPECT_TRUE(is_term_start(p, 2004));  // before the first listed term, the cycle continues
    EXPECT_FALSE(is_term_start(p, 2010));
    EXPECT_FALSE(is_term_start(p, 2007));
}

// A mayor's priority is a Beta draw keyed by (seed, territory, year): the same key gives the
// same value, another year another one, and every value lies in [0, 1].
TEST(Elections, MayorPriorityIsKeyedAndInRange) {
    const auto scenario = testing::load(testing::tiny_scenario_json());
    const World world = make_world(scenario);
    const double first = draw_mayor_priority(world, 0, 2012);
    EXPECT_EQ(draw_mayor_priority(world, 0, 2012), first);
    EXPECT_NE(draw_mayor_priority(world, 0, 2016), first);
    EXPECT_NE(draw_mayor_priority(world, 1, 2012), first);
    for (int year = 2008; year < 2040; ++year) {
        const double value = draw_mayor_priority(world, 0, year);
        EXPECT_GE(value, 0.0);
        EXPECT_LE(value, 1.0);
    }
}

}  // namespace
}  // namespace coopsim::engine
