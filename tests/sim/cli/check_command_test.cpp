// coopsim check as a user runs it: the table, the JSON, the exit codes.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

std::string shipped(const char* name) {
    return (std::filesystem::path(COOPSIM_SOURCE_DIR) / "scenarios" / name).string();
}

// A passing scenario: exit 0, one row per measure, the verdicts and the closing line.
TEST(CheckCommandTest, PassingScenarioExitsZero) {
    const ScratchFolder folder;
    const Outcome outcome =
        run_coopsim({"check", shipped("caldono.json"), "-n", "10", "--quiet"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.out << outcome.err;
    for (const char* id : {"SF1a", "SF2a", "SF2b", "SF3", "SF4", "SF6b", "SF8b"})
        EXPECT_NE(outcome.out.find(id), std::string::npos) << id;
    EXPECT_NE(outcome.out.find("All checked facts pass."), std::string::npos);
    EXPECT_EQ(outcome.err, "");
    EXPECT_TRUE(folder.unexpected_files().empty());  // check writes no file
}

// A missed target: exit 1, and the JSON report says which row failed.
TEST(CheckCommandTest, FailingTargetExitsOneWithJson) {
    const ScratchFolder folder;
    const Outcome outcome = run_coopsim(
        {"check", shipped("caldono.json"), "-n", "1", "--json", "--quiet", "--set",
         "targets/case/received_cop_min=1e14", "--set", "targets/case/received_cop_max=2e14"},
        folder.path());
    ASSERT_EQ(outcome.exit_code, 1) << outcome.err;
    const auto report = nlohmann::json::parse(outcome.out);
    EXPECT_FALSE(report.at("all_pass").get<bool>());
    bool found = false;
    for (const auto& row : report.at("rows"))
        if (row.at("id") == "SF2a") {
            found = true;
            EXPECT_EQ(row.at("result"), "FAIL");
        }
    EXPECT_TRUE(found);
}

// Progress goes to stderr, one line per run (10 replications and their counterfactuals).
TEST(CheckCommandTest, ProgressLinesOnStderr) {
    const ScratchFolder folder;
    const Outcome outcome =
        run_coopsim({"check", shipped("caldono.json"), "-n", "10"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_NE(outcome.err.find("run 20 of 20 done"), std::string::npos) << outcome.err;
}

// Bad input is exit 2 with a message: a replication count out of range, a missing file.
TEST(CheckCommandTest, BadInputExitsTwo) {
    const ScratchFolder folder;
    const Outcome zero = run_coopsim({"check", shipped("caldono.json"), "-n", "0"}, folder.path());
    EXPECT_EQ(zero.exit_code, 2);
    EXPECT_NE(zero.err.find("--replications"), std::string::npos) << zero.err;
    const Outcome missing = run_coopsim({"check", "nowhere.json"}, folder.path());
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("nowhere.json"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace coopsim::cli::testing
