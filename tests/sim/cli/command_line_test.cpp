// The coopsim command as a whole: help, version, and how it refuses a wrong command line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

using ::testing::HasSubstr;

class CommandLineTest : public ::testing::Test {
  protected:
    Outcome coopsim(const std::vector<std::string>& args) {
        return run_coopsim(args, folder.path());
    }
    ScratchFolder folder;
};

// --version exits 0 and prints "coopsim <version> (git <commit>)" on stdout, as users (and
// bug reports) expect; the commit ties a result to the code that produced it.
TEST_F(CommandLineTest, VersionPrintsVersionAndCommit) {
    const Outcome outcome = coopsim({"--version"});
    EXPECT_EQ(outcome.exit_code, 0);
    EXPECT_THAT(outcome.out,
                ::testing::MatchesRegex("coopsim [0-9]+\\.[0-9]+\\.[0-9]+ \\(git .+\\)\n"));
    EXPECT_EQ(outcome.err, "");
}

// --help exits 0 on stdout and lists every subcommand, so a new user can find `run`.
TEST_F(CommandLineTest, HelpListsTheCommands) {
    for (const char* flag : {"--help", "-h"}) {
        const Outcome outcome = coopsim({flag});
        EXPECT_EQ(outcome.exit_code, 0) << flag;
        EXPECT_THAT(outcome.out, HasSubstr("Usage: coopsim COMMAND")) << flag;
        EXPECT_THAT(outcome.out, HasSubstr("  run ")) << flag;
        EXPECT_THAT(outcome.out, HasSubstr("  schema ")) << flag;
        EXPECT_EQ(outcome.err, "") << flag;
    }
}

// Each subcommand's --help exits 0 and shows its usage line and its options.
TEST_F(CommandLineTest, SubcommandHelpShowsUsageAndOptions) {
    const Outcome run = coopsim({"run", "--help"});
    EXPECT_EQ(run.exit_code, 0);
    EXPECT_THAT(run.out, HasSubstr("Usage: coopsim run SCENARIO"));
    for (const char* option : {"--out", "--seed", "--threads", "--set", "--force", "--quiet"}) {
        EXPECT_THAT(run.out, HasSubstr(option));
    }
    const Outcome schema = coopsim({"schema", "--help"});
    EXPECT_EQ(schema.exit_code, 0);
    EXPECT_THAT(schema.out, HasSubstr("Usage: coopsim schema"));
    EXPECT_THAT(schema.out, HasSubstr("--markdown"));
}

// A wrong command line is the user's error: exit 2, a "coopsim: " message naming the culprit
// and a hint at the help, on stderr; nothing on stdout, which scripts may be reading.
TEST_F(CommandLineTest, UnknownCommandOrOptionExitsTwoWithHint) {
    struct Case {
        std::vector<std::string> args;
        std::string culprit;
        std::string hint;
    };
    const std::vector<Case> cases{
        {{}, "no command", "coopsim --help"},
        {{"frobnicate"}, "frobnicate", "coopsim --help"},
        {{"--frobnicate"}, "--frobnicate", "coopsim --help"},
        {{"run", "--frobnicate"}, "--frobnicate", "coopsim run --help"},
        {{"run"}, "SCENARIO", "coopsim run --help"},
        {{"run", "a.json", "b.json"}, "positional", "coopsim run --help"},
        {{"run", "a.json", "--out"}, "--out", "coopsim run --help"},
        // Abbreviations are refused: a typo must not silently pick another option.
        {{"run", "a.json", "--forc"}, "--forc", "coopsim run --help"},
        {{"schema", "--json"}, "--json", "coopsim schema --help"},
    };
    for (const Case& c : cases) {
        const Outcome outcome = coopsim(c.args);
        EXPECT_EQ(outcome.exit_code, 2) << c.culprit;
        EXPECT_THAT(outcome.err, ::testing::StartsWith("coopsim: ")) << c.culprit;
        EXPECT_THAT(outcome.err, HasSubstr(c.culprit));
        EXPECT_THAT(outcome.err, HasSubstr(c.hint));
        EXPECT_EQ(outcome.out, "") << c.culprit;
    }
    EXPECT_TRUE(folder.unexpected_files().empty());
}

}  // namespace
}  // namespace coopsim::cli::testing
