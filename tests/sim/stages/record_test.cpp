#include "sim/stages/record.hpp"

#include <gtest/gtest.h>

#include "sim/stages/stages.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

// The recorder appends one row per year, in year order, for every series, and the scales
// label each axis (years, DANE codes, donor and actor ids).
TEST(Record, OneRowPerYearAndLabelledAxes) {
    auto tiny = testing::make_tiny_world();
    auto& w = tiny.world;
    TrajectoryRecorder recorder;
    for (int year = 2008; year <= 2010; ++year) {
        w.year = year;
        context(w);
        w.territories.received_cop[1] = 1000.0 * year;  // a marker per year
        recorder.record_year(w);
    }
    const auto r = recorder.finish(w);
    EXPECT_EQ(std::get<std::vector<std::int32_t>>(r.find("/years")->values),
              (std::vector<std::int32_t>{2008, 2009, 2010}));
    EXPECT_EQ(std::get<std::vector<std::int32_t>>(r.find("/territories/dane_code")->values),
              (std::vector<std::int32_t>{19001, 19137, 52001}));
    const auto& received =
        std::get<std::vector<double>>(r.find("/territories/cooperation_received_cop")->values);
    ASSERT_EQ(received.size(), 9u);
    EXPECT_EQ(received[0 * 3 + 1], 1000.0 * 2008);
    EXPECT_EQ(received[2 * 3 + 1], 1000.0 * 2010);
    EXPECT_EQ(std::get<std::vector<std::string>>(r.find("/donors/type")->values)[2], "south_south");
    EXPECT_EQ(std::get<std::vector<std::string>>(r.find("/routes/name")->values)[0],
              "official_national_agency");
}

}  // namespace
}  // namespace coopsim::stages
