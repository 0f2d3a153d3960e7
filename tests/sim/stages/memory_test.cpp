#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

using scenario::StrategyStage;

// Every territory exploring with a committee and technical capacity 0.5, in a year of change.
engine::World& changed_government(testing::TinyWorld& tiny) {
    auto& w = tiny.world;
    for (std::size_t t = 0; t < w.territories.size(); ++t) {
        w.territories.government_changed[t] = 1;
        w.territories.stage[t] = StrategyStage::exploring;
        w.territories.committee[t] = 1;
        w.territories.technical[t] = 0.5;
    }
    return w;
}

testing::TinyWorld world_with(double lapse_rate, double protection, double loss) {
    auto doc = testing::tiny_scenario_json();
    doc["parameters"] = {{"lapse_rate", lapse_rate},
                         {"formal_protection", protection},
                         {"turnover_capacity_loss", loss}};
    return testing::make_tiny_world(doc);
}

// A strategy that nobody carries lapses for certain at lapse_rate 1: the stage drops one level,
// the committee dissolves, and capacity falls by turnover_capacity_loss (§3.1, SF4).
TEST(Memory, UncarriedStrategyLapses) {
    auto tiny = world_with(1.0, 0.0, 0.4);
    auto& w = changed_government(tiny);
    for (std::size_t t = 0; t < w.territories.size(); ++t)
        w.territories.empowered_share[t] = 0.0;
    memory(w);
    for (std::size_t t = 0; t < w.territories.size(); ++t) {
        EXPECT_EQ(w.territories.stage[t], StrategyStage::none);
        EXPECT_EQ(w.territories.committee[t], 0);
        EXPECT_DOUBLE_EQ(w.territories.technical[t], 0.5 * 0.6);
    }
}

// Fully empowered local actors carry the strategy through the change: nothing lapses and no
// capacity is lost (§3.1, §6).
TEST(Memory, EmpoweredActorsCarryTheStrategy) {
    auto tiny = world_with(1.0, 0.0, 0.4);
    auto& w = changed_government(tiny);
    for (std::size_t t = 0; t < w.territories.size(); ++t)
        w.territories.empowered_share[t] = 1.0;
    memory(w);
    for (std::size_t t = 0; t < w.territories.size(); ++t) {
        EXPECT_EQ(w.territories.stage[t], StrategyStage::exploring);
        EXPECT_EQ(w.territories.committee[t], 1);
        EXPECT_DOUBLE_EQ(w.territories.technical[t], 0.5);
    }
}

// A formal agenda fully protected by institutionalisation survives; without a change of
// government nothing happens at all.
TEST(Memory, FormalProtectionAndNoChange) {
    auto tiny = world_with(1.0, 1.0, 0.0);
    auto& w = changed_government(tiny);
    w.territories.stage[0] = StrategyStage::formal;
    w.territories.government_changed[1] = 0;
    w.territories.empowered_share[0] = 0.0;
    memory(w);
    EXPECT_EQ(w.territories.stage[0], StrategyStage::formal);
    EXPECT_EQ(w.territories.stage[1], StrategyStage::exploring);
}

}  // namespace
}  // namespace coopsim::stages
