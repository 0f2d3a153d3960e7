// The layout hash changes with what a reader depends on (path, axes, unit, stored type, order)
// and with nothing else (descriptions, values).
#include "output/layout_hash.hpp"

#include <gtest/gtest.h>

namespace coopsim::output {
namespace {

std::vector<Column> layout() {
    return {Column{"/years", {Axis::year}, "year", "simulated calendar year", std::vector<int>{}},
            Column{"/territories/x",
                   {Axis::year, Axis::territory},
                   "COP",
                   "some money",
                   std::vector<double>{}}};
}

TEST(LayoutHash, IgnoresDescriptionsAndValues) {
    auto changed = layout();
    changed[1].description = "other words";
    changed[1].values = std::vector<double>{1.0, 2.0};
    EXPECT_EQ(layout_hash(changed), layout_hash(layout()));
}

TEST(LayoutHash, ChangesWithPathAxesUnitTypeAndOrder) {
    const std::uint64_t base = layout_hash(layout());
    auto path = layout();
    path[1].path = "/territories/y";
    auto axes = layout();
    axes[1].axes = {Axis::territory};
    auto unit = layout();
    unit[1].unit = "USD";
    auto type = layout();
    type[1].values = std::vector<std::int32_t>{};
    auto order = layout();
    std::swap(order[0], order[1]);
    for (const auto& other : {path, axes, unit, type, order})
        EXPECT_NE(layout_hash(other), base);
}

}  // namespace
}  // namespace coopsim::output
