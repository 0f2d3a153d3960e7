// coopsim report, figures and export: how they hand over to the Python analysis tools, and
// the errors a user sees when Python or the package cannot be found. The tools themselves are
// tested in tests/analysis/ (pytest); here a stand-in interpreter shows what coopsim passes on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

namespace fs = std::filesystem;

// Sets an environment variable for the life of the object (the child coopsim inherits it),
// then puts back what was there.
class ScopedEnvironment {
  public:
    ScopedEnvironment(std::string name, const std::string& value) : name_(std::move(name)) {
        if (const char* old = std::getenv(name_.c_str())) old_ = old;
        setenv(name_.c_str(), value.c_str(), 1);
    }
    ~ScopedEnvironment() {
        if (old_) {
            setenv(name_.c_str(), old_->c_str(), 1);
        } else {
            unsetenv(name_.c_str());
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

  private:
    std::string name_;
    std::optional<std::string> old_;
};

class AnalysisCommandTest : public ::testing::Test {
  protected:
    Outcome coopsim(const std::vector<std::string>& args) {
        return run_coopsim(args, folder.path());
    }
    // A folder holding a package coopsim_analysis with a __main__.py, as analysis/ does.
    fs::path fake_analysis_folder() {
        const fs::path analysis = folder.path() / "analysis";
        fs::create_directories(analysis / "coopsim_analysis");
        folder.write("analysis/coopsim_analysis/__main__.py", "raise SystemExit(1)\n");
        return analysis;
    }
    ScratchFolder folder;
};

constexpr const char* kSubcommands[] = {"report", "figures", "export"};

// `coopsim --help` lists the three analysis subcommands with the other ones.
TEST_F(AnalysisCommandTest, HelpListsTheAnalysisCommands) {
    const Outcome outcome = coopsim({"--help"});
    EXPECT_EQ(outcome.exit_code, 0);
    for (const char* name : kSubcommands) {
        EXPECT_THAT(outcome.out, HasSubstr(std::string("  ") + name + " ")) << name;
    }
}

// Without the interpreter, each subcommand says what is missing, where it looked and how to
// fix it, and exits 2 (the user's environment, not a bug), with nothing on stdout.
TEST_F(AnalysisCommandTest, MissingInterpreterExitsTwoWithAHint) {
    const ScopedEnvironment python("COOPSIM_PYTHON", "/nonexistent/python3");
    for (const char* name : kSubcommands) {
        const Outcome outcome = coopsim({name, "--help"});
        EXPECT_EQ(outcome.exit_code, 2) << name;
        EXPECT_THAT(outcome.err, StartsWith(std::string("coopsim: ") + name +
                                            " needs Python 3 at /nonexistent/python3 "
                                            "(set COOPSIM_PYTHON); install Debian's python3"))
            << name;
        EXPECT_EQ(outcome.out, "") << name;
    }
}

// An interpreter named without a folder is looked up on PATH, as a shell would.
TEST_F(AnalysisCommandTest, InterpreterNotOnPathExitsTwo) {
    const ScopedEnvironment python("COOPSIM_PYTHON", "no-such-python-coopsim");
    const Outcome outcome = coopsim({"report"});
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_THAT(outcome.err,
                StartsWith("coopsim: report needs Python 3 at no-such-python-coopsim"));
}

// Without the package folder, the message names the folder and COOPSIM_ANALYSIS_DIR.
TEST_F(AnalysisCommandTest, MissingPackageFolderExitsTwo) {
    const std::string nowhere = (folder.path() / "nowhere").string();
    const ScopedEnvironment python("COOPSIM_PYTHON", "/bin/sh");
    const ScopedEnvironment analysis("COOPSIM_ANALYSIS_DIR", nowhere);
    const Outcome outcome = coopsim({"figures", "run.h5"});
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_THAT(outcome.err,
                StartsWith("coopsim: " + nowhere + ": no coopsim_analysis/__main__.py here"));
    EXPECT_THAT(outcome.err, HasSubstr("COOPSIM_ANALYSIS_DIR"));
    EXPECT_EQ(outcome.out, "");
}

// coopsim runs `PYTHON -m coopsim_analysis SUBCOMMAND ARGS...` with every argument unchanged,
// the package folder first on PYTHONPATH (before what was there), and exits with its status.
TEST_F(AnalysisCommandTest, ForwardsArgumentsPythonPathAndExitStatus) {
    const fs::path analysis = fake_analysis_folder();
    const fs::path python = folder.write("fake-python",
                                         "#!/bin/sh\n"
                                         "printf '[%s]' \"$@\"\n"
                                         "printf '\\nPYTHONPATH=%s\\n' \"$PYTHONPATH\"\n"
                                         "exit 3\n");
    fs::permissions(python, fs::perms::owner_all);
    const ScopedEnvironment interpreter("COOPSIM_PYTHON", python.string());
    const ScopedEnvironment folder_variable("COOPSIM_ANALYSIS_DIR", analysis.string());
    const ScopedEnvironment python_path("PYTHONPATH", "/somewhere/else");
    for (const char* name : kSubcommands) {
        const Outcome outcome = coopsim({name, "--help", "two words", "--out=x"});
        EXPECT_EQ(outcome.exit_code, 3) << name;
        EXPECT_EQ(outcome.out, std::string("[-m][coopsim_analysis][") + name +
                                   "][--help][two words][--out=x]\nPYTHONPATH=" +
                                   analysis.string() + ":/somewhere/else\n")
            << name;
        EXPECT_EQ(outcome.err, "") << name;
    }
}

}  // namespace
}  // namespace coopsim::cli::testing
