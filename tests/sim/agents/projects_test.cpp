// Projects::add appends one row with the terms given and nothing paid yet; a project's years
// and tranches follow from its start and duration.
#include "sim/agents/projects.hpp"

#include <gtest/gtest.h>

namespace coopsim::agents {
namespace {

ProjectTerms three_years_from_2010() {
    ProjectTerms terms;
    terms.donor = 2;
    terms.territory = 1;
    terms.actor = 7;
    terms.route = scenario::Route::ngo;
    terms.carrier = ProjectCarrier::actor;
    terms.regional = true;
    terms.amount_usd = 300000;
    terms.approved_year = 2009;
    terms.start_year = 2010;
    terms.duration = 3;
    return terms;
}

TEST(Projects, AddAppendsTheTermsWithNothingPaid) {
    Projects p;
    p.add(three_years_from_2010());
    ProjectTerms renewal;
    renewal.renewal = true;
    renewal.start_year = 2013;
    p.add(renewal);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p.donor, (std::vector<int>{2, 0}));
    EXPECT_EQ(p.territory, (std::vector<int>{1, 0}));
    EXPECT_EQ(p.actor, (std::vector<int>{7, -1}));
    EXPECT_EQ(p.route[0], scenario::Route::ngo);
    EXPECT_EQ(p.carrier[0], ProjectCarrier::actor);
    EXPECT_EQ(p.regional, (std::vector<std::uint8_t>{1, 0}));
    EXPECT_EQ(p.renewal, (std::vector<std::uint8_t>{0, 1}));
    EXPECT_EQ(p.amount_usd[0], 300000.0);
    EXPECT_EQ(p.approved_year[0], 2009);
    for (std::size_t k = 0; k < p.size(); ++k) {
        EXPECT_EQ(p.disbursed_usd[k], 0.0);
        EXPECT_EQ(p.disbursed_cop[k], 0.0);
        EXPECT_EQ(p.outcome[k], ProjectOutcome::ongoing);
    }
}

// Three years from 2010: 2010, 2011 and 2012, a third of the amount (USD 100,000) each.
TEST(Projects, YearsAndTranchesFollowStartAndDuration) {
    Projects p;
    p.add(three_years_from_2010());
    EXPECT_EQ(p.end_year(0), 2012);
    EXPECT_FALSE(p.active_in(0, 2009));
    EXPECT_TRUE(p.active_in(0, 2010));
    EXPECT_TRUE(p.active_in(0, 2012));
    EXPECT_FALSE(p.active_in(0, 2013));
    EXPECT_DOUBLE_EQ(p.yearly_tranche_usd(0), 100000.0);
}

}  // namespace
}  // namespace coopsim::agents
