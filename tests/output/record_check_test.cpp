#include "output/record_check.hpp"

#include <gtest/gtest.h>

#include "output/output_error.hpp"
#include "test_support.hpp"

namespace coopsim::output {
namespace {

// The OutputError message check_record throws for `record`, or "" when it accepts it.
std::string rejection(const RunRecord& record) {
    try {
        check_record(record, "out.h5");
    } catch (const OutputError& e) {
        return e.what();
    }
    return "";
}

// The sample record is consistent: the checks must not reject a valid record.
TEST(CheckRecord, AcceptsConsistentRecord) {
    EXPECT_EQ(rejection(testing::sample_record()), "");
}

// A column whose values do not fill its axes is a bug of the model; the message names the
// file, the column and both sizes.
TEST(CheckRecord, WrongSizeNamesTheColumn) {
    RunRecord record = testing::sample_record();
    std::get<std::vector<double>>(record.columns[4].values).pop_back();
    EXPECT_EQ(rejection(record),
              "out.h5: /territories/cooperation_received_cop: has 14 values, expected 15 (the "
              "product of its axes' lengths)");
}

// Without its scale column an axis has no length and no labels.
TEST(CheckRecord, AxisWithoutScaleColumnIsRejected) {
    RunRecord record = testing::sample_record();
    record.columns.push_back({"/routes/length_km", {Axis::route}, "km", "", std::vector<double>{}});
    EXPECT_NE(rejection(record).find("/routes/length_km: uses axis 'route'"), std::string::npos);
}

// The format promises the year axis first (chunking and readers rely on it).
TEST(CheckRecord, YearAxisMustComeFirst) {
    RunRecord record = testing::sample_record();
    record.columns.push_back(
        {"/territories/late", {Axis::territory, Axis::year}, "", "", std::vector<double>(15, 0.0)});
    EXPECT_NE(rejection(record).find("year axis must be the first"), std::string::npos);
}

// Paths must be absolute, unique, and keep clear of /provenance, which the format owns.
TEST(CheckRecord, BadPathsAreRejected) {
    for (std::string path :
         {"relative", "/a//b", "/a/", "/provenance", "/provenance/x", "/years"}) {
        RunRecord record = testing::sample_record();
        record.columns.push_back({path, {}, "", "", std::vector<double>{1.0}});
        EXPECT_NE(rejection(record), "") << path;
    }
}

// A scale column labels exactly its own axis: anything else would make a multi-dimensional
// dimension scale, which netCDF cannot read.
TEST(CheckRecord, ScaleColumnMustBeOneDimensionalOverItsAxis) {
    RunRecord record = testing::sample_record();
    record.columns[6].axes = {Axis::territory};  // /donors/donor_id
    EXPECT_NE(rejection(record).find("/donors/donor_id: is the scale of axis 'donor'"),
              std::string::npos);
}

}  // namespace
}  // namespace coopsim::output
