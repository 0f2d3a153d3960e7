// Golden-file regression: the summary `coopsim run` prints for a small scenario is compared,
// line by line, with tests/sim/cli/golden/small_summary.txt. Any change to the model's rules,
// defaults or random streams shows up here as a readable diff. After an intended change, run
//   COOPSIM_UPDATE_GOLDEN=1 ctest --test-dir build -R GoldenSummary
// and commit the new file with a note saying why the numbers moved.
#include <gtest/gtest.h>

#include <sstream>

#include "golden_file.hpp"
#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

const std::filesystem::path kGolden =
    std::filesystem::path(COOPSIM_SOURCE_DIR) / "tests/sim/cli/golden";

// The run time varies from run to run; every other line must be identical.
std::vector<std::string> comparable_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (line.find("run time") == std::string::npos) lines.push_back(line);
    return lines;
}

TEST(GoldenSummary, SmallScenarioSummaryIsUnchanged) {
    ScratchFolder scratch;
    const auto outcome = run_coopsim(
        {"run", (kGolden / "small.json").string(), "--out", "golden.h5", "--threads", "2"},
        scratch.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    const auto golden_file = kGolden / "small_summary.txt";
    if (coopsim::testing::golden_update_requested())
        GTEST_SKIP() << coopsim::testing::rewrite_golden(golden_file, outcome.out);
    ASSERT_TRUE(std::filesystem::exists(golden_file))
        << golden_file << " is missing; create it with COOPSIM_UPDATE_GOLDEN=1";
    const auto expected = comparable_lines(read_file(golden_file));
    const auto got = comparable_lines(outcome.out);
    std::ostringstream diff;
    for (std::size_t k = 0; k < std::max(expected.size(), got.size()); ++k) {
        const std::string e = k < expected.size() ? expected[k] : "<none>";
        const std::string g = k < got.size() ? got[k] : "<none>";
        if (e != g)
            diff << "line " << k + 1 << "\n  expected: " << e << "\n  got:      " << g << "\n";
    }
    EXPECT_TRUE(diff.str().empty())
        << "the summary changed:\n"
        << diff.str()
        << "If the change is intended: COOPSIM_UPDATE_GOLDEN=1 ctest -R GoldenSummary";
}

}  // namespace
}  // namespace coopsim::cli::testing
