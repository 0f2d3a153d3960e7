// coopsim run on a valid scenario: the trajectory file, the summary, the progress lines, and
// how an existing output file is protected unless --force is given.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scenario_fixtures.hpp"
#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

// The first bytes of every HDF5 file.
const std::string kHdf5Signature = "\x89HDF\r\n\x1a\n";

bool is_hdf5(const std::filesystem::path& file) {
    return read_file(file).compare(0, kHdf5Signature.size(), kHdf5Signature) == 0;
}

class RunOutputTest : public ::testing::Test {
  protected:
    Outcome coopsim(const std::vector<std::string>& args) {
        std::vector<std::string> all{"run", scenario.string()};
        all.insert(all.end(), args.begin(), args.end());
        return run_coopsim(all, folder.path());
    }

    ScratchFolder folder;
    std::filesystem::path scenario = write_scenario(folder, "small.json", "\"name\": \"small\"");
};

// A run writes an HDF5 file named after the scenario in the current folder, prints the
// summary's sections on stdout and, stderr not being a terminal, one progress line per year.
TEST_F(RunOutputTest, WritesFileSummaryAndProgress) {
    const Outcome outcome = coopsim({});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_TRUE(is_hdf5(folder.path() / "small.h5"));
    EXPECT_THAT(folder.unexpected_files(), ::testing::ElementsAre("small.h5"));
    for (const char* section : {"scenario", "small", "Cooperation received by year", "by route",
                                "by fiscal category", "territories by cooperation"}) {
        EXPECT_THAT(outcome.out, HasSubstr(section));
    }
    EXPECT_THAT(outcome.err, ::testing::ContainsRegex("year [0-9]{4} \\(1/[0-9]+\\)"));
}

// --quiet prints nothing at all on success; the file is still written.
TEST_F(RunOutputTest, QuietPrintsNothing) {
    const Outcome outcome = coopsim({"--quiet", "--out", "quiet.h5"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_EQ(outcome.out, "");
    EXPECT_EQ(outcome.err, "");
    EXPECT_TRUE(is_hdf5(folder.path() / "quiet.h5"));
}

// An existing output file is never overwritten by accident: exit 2, a message pointing at
// --force, and the old file byte for byte as it was; the simulation does not even start.
TEST_F(RunOutputTest, ExistingOutputNeedsForce) {
    const auto old = folder.write("out.h5", "results from last week");
    const Outcome outcome = coopsim({"--out", "out.h5"});
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_THAT(outcome.err, HasSubstr("out.h5"));
    EXPECT_THAT(outcome.err, HasSubstr("--force"));
    EXPECT_EQ(outcome.out, "");
    EXPECT_EQ(read_file(old), "results from last week");
    EXPECT_THAT(folder.unexpected_files(), IsEmpty());
}

// With --force the old file is replaced by the new run's file, and no temporary file remains.
TEST_F(RunOutputTest, ForceReplacesExistingOutput) {
    const auto old = folder.write("out.h5", "results from last week");
    const Outcome outcome = coopsim({"--out", "out.h5", "--force", "--quiet"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_TRUE(is_hdf5(old));
    EXPECT_THAT(folder.unexpected_files(), IsEmpty());
}

// --seed and --set override the scenario: the summary shows the seed given on the command
// line, and the default file name follows the name set with --set.
TEST_F(RunOutputTest, SeedAndSetOverrideScenario) {
    const Outcome outcome = coopsim({"--seed", "987654321", "--set", "name=renamed"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_THAT(outcome.out, ::testing::ContainsRegex("seed +987654321"));
    EXPECT_THAT(folder.unexpected_files(), ::testing::ElementsAre("renamed.h5"));
}

}  // namespace
}  // namespace coopsim::cli::testing
