#include <gtest/gtest.h>

#include <set>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

using nlohmann::json;

void run_until_decisions(engine::World& w, int year) {
    w.year = year;
    context(w);
    actor_choice(w);
    government_effort(w);
    proposals(w);
    donor_decisions(w);
}

// A donor never takes more partners than max_partners, and the first-year tranches it approves
// fit in its territorial envelope.
TEST(DonorDecisions, PartnerLimitAndEnvelope) {
    auto doc = testing::random_scenario_json(3, 60, 6);
    for (auto& d : doc["donors"]) {
        d["max_partners"] = 2;
        d["routes"] = json::array({"decentralised_open_call", "ngo", "official_open_call"});
        d["presence"] = "national_office";
    }
    doc["routes"] = {{"decentralised_open_call", {{"selection_odds", 1.0}, {"min_technical", 0.0}}},
                     {"official_open_call", {{"selection_odds", 1.0}, {"min_technical", 0.0}}}};
    auto tiny = testing::make_tiny_world(doc);
    auto& w = tiny.world;
    run_until_decisions(w, 2008);
    ASSERT_GT(w.projects.size(), 0u);
    for (std::size_t d = 0; d < w.donors.size(); ++d) {
        std::set<int> partners;
        double tranches = 0;
        for (std::size_t p = 0; p < w.projects.size(); ++p) {
            if (w.projects.donor[p] != static_cast<int>(d)) continue;
            partners.insert(w.projects.territory[p]);
            tranches += w.projects.yearly_tranche_usd(p);
        }
        EXPECT_LE(partners.size(), 2u) << "donor " << d;
        const double envelope = w.donors.budget_usd[d] * (1.0 - w.donors.spec[d]->national_share);
        EXPECT_LE(tranches, envelope * (1 + 1e-12)) << "donor " << d;
    }
}

// Open calls are one among dozens or hundreds (§4.4): with tiny selection odds almost nothing
// is funded; with certain odds many proposals are.
TEST(DonorDecisions, SelectionOddsLimitOpenCalls) {
    auto count_projects = [](double odds) {
        auto doc = testing::random_scenario_json(4, 80, 5);
        for (auto& d : doc["donors"]) {
            d["routes"] = json::array({"official_open_call"});
            d["max_partners"] = 1000;
            d["budget_usd"] = 1e9;
            d["presence"] = "national_office";
        }
        doc["routes"] = {
            {"official_open_call", {{"selection_odds", odds}, {"min_technical", 0.0}}}};
        auto tiny = testing::make_tiny_world(doc);
        run_until_decisions(tiny.world, 2008);
        return tiny.world.projects.size();
    };
    const auto rare = count_projects(0.001);
    const auto sure = count_projects(1.0);
    EXPECT_GT(sure, 20u);
    EXPECT_LT(rare, sure / 10 + 1);
}

// When tranches owed exceed this year's envelope (a budget cut), they are scaled down to fit.
TEST(DonorDecisions, CutsScaleOwedTranches) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    agents::ProjectTerms terms;
    terms.donor = 1;
    terms.territory = 0;
    terms.amount_usd = 3.0e6;
    terms.duration = 1;
    terms.start_year = 2009;
    terms.approved_year = 2008;
    w.projects.add(terms);
    run_until_decisions(w, 2009);
    const double envelope = w.donors.budget_usd[1] * (1.0 - w.donors.spec[1]->national_share);
    EXPECT_NEAR(w.donors.tranche_scale[1], envelope / 3.0e6, 1e-12);
    EXPECT_EQ(w.donors.approved[1], 0);  // nothing left for new projects
}

}  // namespace
}  // namespace coopsim::stages
