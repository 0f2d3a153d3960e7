// coopsim sweep as a user runs it: the file it writes, the exit codes (0 all ok, 1 some runs
// failed, 2 bad input), and a row's rerun command repeating the run with coopsim run.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/reader.hpp"
#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string smoke_experiment() {
    return (fs::path(COOPSIM_SOURCE_DIR) / "scenarios/experiments/smoke.json").string();
}

std::string classroom_base() {
    return (fs::path(COOPSIM_SOURCE_DIR) / "scenarios/classroom/base.json").string();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Equal values, NaN equal to NaN (measures a run cannot take).
bool same_values(const output::ColumnValues& a, const output::ColumnValues& b) {
    const auto* x = std::get_if<std::vector<double>>(&a);
    const auto* y = std::get_if<std::vector<double>>(&b);
    if (!x || !y) return a == b;
    if (x->size() != y->size()) return false;
    for (std::size_t i = 0; i < x->size(); ++i)
        if (!((std::isnan((*x)[i]) && std::isnan((*y)[i])) || (*x)[i] == (*y)[i])) return false;
    return true;
}

template <class T>
std::vector<T> column_of(const fs::path& file, const std::string& path) {
    return std::get<std::vector<T>>(output::RunFile(file).column(path).values);
}

// An experiment over the classroom base with one lapse-rate factor.
std::string lapse_experiment(const json& values, const std::string& keep = "summaries") {
    const json doc = {
        {"scenario", classroom_base()},
        {"factors",
         {{{"name", "lapse_rate"}, {"path", "/parameters/lapse_rate"}, {"values", values}}}},
        {"keep", keep}};
    return doc.dump(2);
}

// The words of a command line as a POSIX shell splits them: single quotes keep everything up
// to the next single quote; a backslash outside quotes keeps the next character.
std::vector<std::string> shell_words(const std::string& command) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false, quoted = false;
    for (std::size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (quoted) {
            if (c == '\'')
                quoted = false;
            else
                word += c;
        } else if (c == '\'') {
            quoted = in_word = true;
        } else if (c == '\\' && i + 1 < command.size()) {
            word += command[++i];
            in_word = true;
        } else if (c == ' ') {
            if (in_word) words.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word) words.push_back(word);
    return words;
}

// The shipped smoke experiment: exit 0, 18 runs, all ok, nothing printed with --quiet and
// nothing left but the file (no partial folder).
TEST(SweepCommandTest, SmokeExperimentWritesItsFile) {
    ScratchFolder folder;
    const Outcome outcome =
        run_coopsim({"sweep", smoke_experiment(), "--out", "s.h5", "--quiet"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_EQ(outcome.out, "");
    EXPECT_EQ(outcome.err, "");
    const fs::path file = folder.path() / "s.h5";
    ASSERT_TRUE(fs::exists(file));
    EXPECT_EQ(folder.unexpected_files(), std::vector<std::string>{"s.h5"});
    EXPECT_EQ(column_of<std::int32_t>(file, "/runs").size(), 18u);
    EXPECT_EQ(column_of<std::string>(file, "/design/status"), std::vector<std::string>(18, "ok"));
    EXPECT_EQ(output::read_identity(file).scenario_name, "smoke");
}

// Without --quiet the closing line names the experiment, the run count and the file.
TEST(SweepCommandTest, ClosingLine) {
    ScratchFolder folder;
    const Outcome outcome =
        run_coopsim({"sweep", smoke_experiment(), "--out", "s.h5", "-j", "2"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_TRUE(contains(outcome.out, "sweep smoke: 18 runs")) << outcome.out;
    EXPECT_TRUE(contains(outcome.out, "0 failed")) << outcome.out;
    EXPECT_TRUE(contains(outcome.out, "s.h5")) << outcome.out;
    EXPECT_TRUE(contains(outcome.err, "18 of 18 runs done")) << outcome.err;
}

// --out is required: a usage error, exit 2, nothing written.
TEST(SweepCommandTest, MissingOutExitsTwo) {
    ScratchFolder folder;
    const Outcome outcome = run_coopsim({"sweep", smoke_experiment()}, folder.path());
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_TRUE(contains(outcome.err, "--out")) << outcome.err;
    EXPECT_TRUE(folder.unexpected_files().empty());
}

// A bad experiment file: exit 2, the message names the file and the field.
TEST(SweepCommandTest, BadExperimentExitsTwoNamingTheFile) {
    ScratchFolder folder;
    json doc = json::parse(lapse_experiment(json::array({0.3, 0.6})));
    doc["replicatons"] = 2;
    folder.write("bad-experiment.json", doc.dump());
    const Outcome outcome =
        run_coopsim({"sweep", "bad-experiment.json", "--out", "s.h5"}, folder.path());
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_TRUE(contains(outcome.err, "bad-experiment.json")) << outcome.err;
    EXPECT_TRUE(contains(outcome.err, "/replicatons")) << outcome.err;
    EXPECT_TRUE(folder.unexpected_files().empty());
    const Outcome missing = run_coopsim({"sweep", "nowhere.json", "--out", "s.h5"}, folder.path());
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_TRUE(contains(missing.err, "nowhere.json")) << missing.err;
}

// An existing output is kept without --force (exit 2, byte for byte); --force replaces it.
TEST(SweepCommandTest, ExistingOutputNeedsForce) {
    ScratchFolder folder;
    folder.write("s.h5", "precious");
    const Outcome outcome =
        run_coopsim({"sweep", smoke_experiment(), "--out", "s.h5", "--quiet"}, folder.path());
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_TRUE(contains(outcome.err, "s.h5")) << outcome.err;
    EXPECT_EQ(read_file(folder.path() / "s.h5"), "precious");
    EXPECT_TRUE(folder.unexpected_files().empty());
    const Outcome forced = run_coopsim(
        {"sweep", smoke_experiment(), "--out", "s.h5", "--quiet", "--force"}, folder.path());
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(column_of<std::int32_t>(folder.path() / "s.h5", "/runs").size(), 18u);
}

// A run that fails (its factor ends the run in 2020, not in the base's 2025: every run of a
// sweep simulates the same years) makes the sweep exit 1; the file is written with that row
// "failed" and the others "ok".
TEST(SweepCommandTest, FailedRunExitsOne) {
    ScratchFolder folder;
    const json doc = {
        {"scenario", classroom_base()},
        {"factors",
         {{{"name", "end"}, {"path", "/years/end"}, {"values", json::array({2025, 2025, 2020})}}}}};
    folder.write("failing.json", doc.dump(2));
    const Outcome outcome = run_coopsim({"sweep", "failing.json", "--out", "s.h5"}, folder.path());
    EXPECT_EQ(outcome.exit_code, 1) << outcome.err;
    EXPECT_TRUE(contains(outcome.out, "1 failed")) << outcome.out;
    const fs::path file = folder.path() / "s.h5";
    ASSERT_TRUE(fs::exists(file));
    EXPECT_EQ(column_of<std::string>(file, "/design/status"),
              (std::vector<std::string>{"ok", "ok", "failed"}));
}

// A row's /design/rerun_command, run as written, repeats the run: coopsim run's file has the
// columns of the sweep's kept trajectory for that row.
TEST(SweepCommandTest, RerunCommandRepeatsTheRun) {
    ScratchFolder folder;
    folder.write("kept.json", lapse_experiment(json::array({0.3, 0.9}), "trajectories"));
    const Outcome sweep =
        run_coopsim({"sweep", "kept.json", "--out", "s.h5", "--quiet"}, folder.path());
    ASSERT_EQ(sweep.exit_code, 0) << sweep.err;
    const fs::path file = folder.path() / "s.h5";
    const auto commands = column_of<std::string>(file, "/design/rerun_command");
    const auto trajectories = column_of<std::string>(file, "/design/trajectory_file");
    ASSERT_EQ(commands.size(), 2u);
    std::vector<std::string> words = shell_words(commands[1]);
    ASSERT_GE(words.size(), 3u);
    ASSERT_EQ(words[0], "coopsim");
    words.erase(words.begin());
    for (const char* extra : {"--out", "alone.h5", "--quiet"})
        words.emplace_back(extra);
    const Outcome alone = run_coopsim(words, folder.path());
    ASSERT_EQ(alone.exit_code, 0) << alone.err;
    const output::RunRecord repeated = output::read_run(folder.path() / "alone.h5");
    const output::RunRecord kept = output::read_run(folder.path() / trajectories[1]);
    EXPECT_EQ(repeated.identity.seed, kept.identity.seed);
    ASSERT_FALSE(repeated.columns.empty());
    for (const auto& column : repeated.columns) {
        const output::Column* same = kept.find(column.path);
        ASSERT_NE(same, nullptr) << column.path;
        EXPECT_EQ(same->axes, column.axes) << column.path;
        EXPECT_EQ(same->unit, column.unit) << column.path;
        EXPECT_TRUE(same_values(same->values, column.values)) << column.path;
    }
}

}  // namespace
}  // namespace coopsim::cli::testing
