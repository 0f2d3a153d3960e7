// Every scenario shipped in scenarios/ (subfolders included) runs to completion and writes its
// file: the what-ifs and the classroom files follow the schema and the model as they change.
#include <gtest/gtest.h>

#include <filesystem>

#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

namespace fs = std::filesystem;

TEST(ShippedScenariosTest, EveryScenarioRuns) {
    const fs::path dir = fs::path(COOPSIM_SOURCE_DIR) / "scenarios";
    int ran = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        // scenarios/experiments/ holds experiment files (coopsim sweep), not scenarios.
        if (entry.path().extension() != ".json" ||
            entry.path().parent_path().filename() == "experiments")
            continue;
        const ScratchFolder folder;
        const Outcome outcome = run_coopsim(
            {"run", entry.path().string(), "--out", "run.h5", "--quiet"}, folder.path());
        EXPECT_EQ(outcome.exit_code, 0) << entry.path() << ": " << outcome.err;
        EXPECT_TRUE(fs::exists(folder.path() / "run.h5")) << entry.path();
        ++ran;
    }
    EXPECT_GE(ran, 19);
}

}  // namespace
}  // namespace coopsim::cli::testing
