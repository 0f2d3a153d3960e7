// coopsim run refuses wrong input: exit code 2, a message on stderr that names the file (and
// the field) at fault, and no output file or temporary file left behind, so a failed run can
// never be mistaken for a finished one.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "scenario_fixtures.hpp"
#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class RunInputErrorsTest : public ::testing::Test {
  protected:
    // Runs coopsim in the scratch folder, output going there too, and checks what every
    // input error must do: exit 2, a "coopsim: " message naming each of `culprits` on
    // stderr, nothing on stdout, no new file.
    void expect_refused(const std::vector<std::string>& args,
                        const std::vector<std::string>& culprits) {
        std::vector<std::string> all{"run"};
        all.insert(all.end(), args.begin(), args.end());
        all.insert(all.end(), {"--out", "out.h5", "--quiet"});
        const Outcome outcome = run_coopsim(all, folder.path());
        EXPECT_EQ(outcome.exit_code, 2) << outcome.err;
        EXPECT_THAT(outcome.err, StartsWith("coopsim: "));
        for (const std::string& culprit : culprits) {
            EXPECT_THAT(outcome.err, HasSubstr(culprit));
        }
        EXPECT_EQ(outcome.out, "");
        EXPECT_THAT(folder.unexpected_files(), ::testing::IsEmpty());
    }

    ScratchFolder folder;
};

// A scenario file that does not exist is named in the message.
TEST_F(RunInputErrorsTest, MissingScenarioFile) {
    expect_refused({"absent.json"}, {"absent.json"});
}

// A file that is not JSON: the message names the file (the parser's position follows).
TEST_F(RunInputErrorsTest, MalformedJson) {
    folder.write("broken.json", "{\"name\": \"broken\",\n");
    expect_refused({"broken.json"}, {"broken.json"});
}

// An unknown key is an error, not ignored: a typo ("lapse_rat") must not silently run the
// default. The message names the file and the key.
TEST_F(RunInputErrorsTest, UnknownKey) {
    write_scenario(folder, "unknown.json", "\"parameters\": {\"lapse_rat\": 0.5}");
    expect_refused({"unknown.json"}, {"unknown.json", "/parameters/lapse_rat"});
}

// A value of the wrong type names the file and the field path.
TEST_F(RunInputErrorsTest, WrongType) {
    write_scenario(folder, "wrong_type.json", "\"seed\": \"forty-two\"");
    expect_refused({"wrong_type.json"}, {"wrong_type.json", "/seed"});
}

// A value outside its allowed range (a probability of 2) names the file and the field path.
TEST_F(RunInputErrorsTest, OutOfRange) {
    write_scenario(folder, "out_of_range.json", "\"parameters\": {\"exploration\": 2.0}");
    expect_refused({"out_of_range.json"}, {"out_of_range.json", "/parameters/exploration"});
}

// NaN is not JSON, and 1e999 overflows a double: neither may reach the model as a number.
TEST_F(RunInputErrorsTest, NanAndOverflow) {
    write_scenario(folder, "nan.json", "\"parameters\": {\"exploration\": NaN}");
    write_scenario(folder, "huge.json", "\"parameters\": {\"exploration\": 1e999}");
    expect_refused({"nan.json"}, {"nan.json"});
    expect_refused({"huge.json"}, {"huge.json", "/parameters/exploration"});
}

// Two files that extend each other would loop forever; the loader names the cycle's file.
TEST_F(RunInputErrorsTest, ExtendsCycle) {
    folder.write("a.json", "{\"extends\": \"b.json\"}\n");
    folder.write("b.json", "{\"extends\": \"a.json\"}\n");
    expect_refused({"a.json"}, {"a.json", "b.json"});
}

// --set overrides go through the same checks as the file: an unknown path, a wrong type and
// a missing '=' are refused, naming what was given.
TEST_F(RunInputErrorsTest, BadSet) {
    const std::string scenario = write_scenario(folder, "ok.json", "").string();
    expect_refused({scenario, "--set", "parameters/no_such_parameter=1"},
                   {"ok.json", "no_such_parameter", "--set"});
    expect_refused({scenario, "--set", "parameters/exploration=\"high\""},
                   {"ok.json", "/parameters/exploration", "--set"});
    expect_refused({scenario, "--set", "parameters/exploration"},
                   {"--set", "parameters/exploration"});
}

// --threads takes 0 (all cores) or a positive count; --seed a non-negative integer. Anything
// else names the option instead of being read as 0 or wrapped around.
TEST_F(RunInputErrorsTest, BadThreadsAndSeed) {
    const std::string scenario = write_scenario(folder, "ok.json", "").string();
    for (const char* threads : {"--threads=-1", "--threads=abc", "--threads=1.5",
                                "--threads=", "--threads=99999999999"}) {
        expect_refused({scenario, threads}, {"--threads"});
    }
    for (const char* seed : {"--seed=-1", "--seed=abc", "--seed=18446744073709551616"}) {
        expect_refused({scenario, seed}, {"--seed"});
    }
}

// An output path in a folder that does not exist is refused before the run starts.
TEST_F(RunInputErrorsTest, UnwritableOutputPath) {
    const std::string scenario = write_scenario(folder, "ok.json", "").string();
    const Outcome outcome =
        run_coopsim({"run", scenario, "--out", "no/such/folder/out.h5"}, folder.path());
    EXPECT_EQ(outcome.exit_code, 2);
    EXPECT_THAT(outcome.err, HasSubstr("no/such/folder/out.h5"));
    EXPECT_THAT(folder.unexpected_files(), ::testing::IsEmpty());
}

}  // namespace
}  // namespace coopsim::cli::testing
