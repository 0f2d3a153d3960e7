// coopsim run --save-state-at YEAR and --from-state FILE:YEAR, as a user runs them: a run
// continued from the base's own state writes the same file as the uninterrupted base (outside
// /provenance), a what-if branches from it, and a state that cannot be used is refused with
// exit code 2 and no file left behind.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>

#include "output/reader.hpp"
#include "scenario_fixtures.hpp"
#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class BranchTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const Outcome saved = coopsim(
            {"run", base.string(), "--out", "base.h5", "--save-state-at", "2015", "--quiet"});
        ASSERT_EQ(saved.exit_code, 0) << saved.err;
    }

    Outcome coopsim(const std::vector<std::string>& args) {
        return run_coopsim(args, folder.path());
    }

    // Runs `coopsim run args... --out out.h5 --quiet` and checks it is refused as an input
    // error naming `culprit`, leaving no file behind.
    void expect_refused(std::vector<std::string> args, const std::string& culprit) {
        args.insert(args.begin(), "run");
        args.insert(args.end(), {"--out", "out.h5", "--quiet"});
        const Outcome outcome = coopsim(args);
        EXPECT_EQ(outcome.exit_code, 2) << outcome.err;
        EXPECT_THAT(outcome.err, HasSubstr(culprit));
        EXPECT_FALSE(fs::exists(folder.path() / "out.h5"));
        EXPECT_THAT(folder.unexpected_files(), ::testing::UnorderedElementsAre("base.h5"));
    }

    ScratchFolder folder;
    fs::path base = write_scenario(folder, "base.json", "\"name\": \"base\"");
};

// Continuing the base from its own state at the start of 2015 gives the file of the
// uninterrupted run: h5diff finds no difference outside /provenance, and every column reads
// back equal.
TEST_F(BranchTest, ContinuingTheBaseGivesTheUninterruptedRun) {
    ASSERT_EQ(coopsim({"run", base.string(), "--out", "plain.h5", "--quiet"}).exit_code, 0);
    const Outcome continued = coopsim({"run", base.string(), "--from-state", "base.h5:2015",
                                       "--out", "continued.h5", "--threads", "1", "--quiet"});
    ASSERT_EQ(continued.exit_code, 0) << continued.err;

    const output::RunRecord plain = output::read_run(folder.path() / "plain.h5");
    const output::RunRecord branch = output::read_run(folder.path() / "continued.h5");
    EXPECT_EQ(branch.identity, plain.identity);
    ASSERT_EQ(branch.columns.size(), plain.columns.size());
    for (std::size_t k = 0; k < plain.columns.size(); ++k)
        EXPECT_TRUE(branch.columns[k] == plain.columns[k]) << plain.columns[k].path;

    if (!fs::exists("/usr/bin/h5diff")) GTEST_SKIP() << "h5diff not installed";
    const std::string command = "/usr/bin/h5diff --exclude-path /provenance " +
                                (folder.path() / "plain.h5").string() + " " +
                                (folder.path() / "continued.h5").string() + " >/dev/null 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

// A what-if continues from the base's state with its own parameters: progress counts the
// years from the state year, and the file holds the whole trajectory from 2008.
TEST_F(BranchTest, WhatIfContinuesFromTheState) {
    const fs::path what_if =
        write_scenario(folder, "what-if.json",
                       "\"name\": \"what-if\", "
                       "\"national_agency\": {\"training_budget_cop\": 10000000000}");
    const Outcome outcome =
        coopsim({"run", what_if.string(), "--from-state", "base.h5:2015", "--out", "w.h5"});
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_THAT(outcome.err, HasSubstr("year 2015 (1/13)"));
    const output::RunFile file(folder.path() / "w.h5");
    EXPECT_EQ(file.column_info("/years").shape, std::vector<std::size_t>{20});
    EXPECT_FALSE(file.has_column("/state/year"));
}

TEST_F(BranchTest, RefusesStatesThatCannotBeUsed) {
    expect_refused({base.string(), "--from-state", "base.h5"}, "expected FILE:YEAR");
    expect_refused({base.string(), "--from-state", "base.h5:2016"},
                   "holds the state at the start of 2015, not 2016");
    expect_refused({base.string(), "--from-state", "absent.h5:2015"}, "absent.h5");
    expect_refused({base.string(), "--from-state", "base.json:2015"}, "not an HDF5 file");
    expect_refused({base.string(), "--save-state-at", "2008"}, "cannot save the state");
    expect_refused({base.string(), "--save-state-at", "2028"}, "cannot save the state");
    expect_refused({base.string(), "--from-state", "base.h5:2015", "--set", "years/end=2014"},
                   "cannot continue from 2015");
    expect_refused({(fs::path(COOPSIM_SOURCE_DIR) / "scenarios/classroom/base.json").string(),
                    "--from-state", "base.h5:2015", "--set", "years/start=2008"},
                   "the saved state has 11 territories, scenario 'classroom-base' 6");
}

TEST_F(BranchTest, FileWithoutStateIsRefused) {
    ASSERT_EQ(coopsim({"run", base.string(), "--out", "plain.h5", "--quiet"}).exit_code, 0);
    const Outcome outcome = coopsim(
        {"run", base.string(), "--from-state", "plain.h5:2015", "--out", "out.h5", "--quiet"});
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_THAT(outcome.err, HasSubstr("plain.h5: holds no saved state"));
    EXPECT_FALSE(fs::exists(folder.path() / "out.h5"));
}

}  // namespace
}  // namespace coopsim::cli::testing
