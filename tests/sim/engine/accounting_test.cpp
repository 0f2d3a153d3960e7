// Accounting invariants, checked every year on many random scenarios:
// what donors pay out equals what territories and national recipients receive; no donor pays
// more than its budget; no project pays more than its amount or outside its years; routes and
// flows add up to the territories' receipts; no NaN or infinity anywhere.
#include <gtest/gtest.h>

#include <cmath>

#include "sim/engine/simulation.hpp"
#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

using output::Axis;

template <typename T>
const std::vector<T>& values(const output::RunRecord& r, const char* path) {
    const auto* c = r.find(path);
    EXPECT_NE(c, nullptr) << path;
    return std::get<std::vector<T>>(c->values);
}

double relative_gap(double a, double b) {
    return std::abs(a - b) / std::max({1.0, std::abs(a), std::abs(b)});
}

class Accounting : public ::testing::TestWithParam<int> {};

TEST_P(Accounting, MoneyIsConservedAndBounded) {
    const auto seed = static_cast<std::uint64_t>(GetParam());
    const auto s = testing::load(testing::random_scenario_json(seed, 40, 10));
    const auto r = simulate(s, RunOptions{2, {}});
    const std::size_t years = r.axis_length(Axis::year), T = r.axis_length(Axis::territory),
                      D = r.axis_length(Axis::donor), R = r.axis_length(Axis::route);
    const auto& received = values<double>(r, "/territories/cooperation_received_cop");
    const auto& national = values<double>(r, "/national/received_cop");
    const auto& disbursed = values<double>(r, "/donors/disbursed_cop");
    const auto& budget = values<double>(r, "/donors/budget_cop");
    const auto& routes = values<double>(r, "/routes/received_cop");
    const auto& flow_year = values<std::int32_t>(r, "/flows/year");
    const auto& flow_cop = values<double>(r, "/flows/amount_cop");
    const auto& years_axis = values<std::int32_t>(r, "/years");

    ASSERT_GT(years, 0u);
    double paid_in_all_years = 0;
    for (std::size_t y = 0; y < years; ++y) {
        double to_territories = 0, paid = 0, by_route = 0, by_flow = 0;
        for (std::size_t t = 0; t < T; ++t)
            to_territories += received[y * T + t];
        for (std::size_t d = 0; d < D; ++d) {
            paid += disbursed[y * D + d];
            EXPECT_LE(disbursed[y * D + d], budget[y * D + d] * (1 + 1e-12) + 1e-6)
                << "donor " << d << " year " << years_axis[y];
        }
        for (std::size_t k = 0; k < R; ++k)
            by_route += routes[y * R + k];
        for (std::size_t f = 0; f < flow_year.size(); ++f)
            if (flow_year[f] == years_axis[y]) by_flow += flow_cop[f];
        EXPECT_LT(relative_gap(paid, to_territories + national[y]), 1e-12)
            << "year " << years_axis[y];
        EXPECT_LT(relative_gap(by_route, to_territories), 1e-12);
        EXPECT_LT(relative_gap(by_flow, to_territories), 1e-12);
        paid_in_all_years += paid;
    }
    // Money moved, so the sums above compared something: each random world has ten donors
    // with budgets of at least USD 100,000 and forty territories asking them.
    EXPECT_GT(paid_in_all_years, 0.0);

    const auto& amount = values<double>(r, "/projects/amount_usd");
    const auto& paid_usd = values<double>(r, "/projects/disbursed_usd");
    const auto& start = values<std::int32_t>(r, "/projects/start_year");
    const auto& duration = values<std::int32_t>(r, "/projects/duration_years");
    const auto& outcome = values<std::string>(r, "/projects/outcome");
    EXPECT_FALSE(amount.empty());  // projects were approved, so the checks below ran
    for (std::size_t p = 0; p < amount.size(); ++p) {
        EXPECT_LE(paid_usd[p], amount[p] * (1 + 1e-12)) << "project " << p;
        const int end = start[p] + duration[p] - 1;
        // A project is settled exactly when its last year has been simulated.
        EXPECT_EQ(outcome[p] == "ongoing", end > s.end_year) << "project " << p;
        EXPECT_GE(duration[p], 1);
    }

    for (const auto& c : r.columns)
        if (const auto* v = std::get_if<std::vector<double>>(&c.values)) {
            for (double x : *v)
                ASSERT_TRUE(std::isfinite(x)) << c.path;
        }
}

INSTANTIATE_TEST_SUITE_P(RandomScenarios, Accounting, ::testing::Range(1, 25));

}  // namespace
}  // namespace coopsim::engine
