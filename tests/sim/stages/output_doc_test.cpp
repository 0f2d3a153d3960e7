// docs/OUTPUT.md lists every dataset a run writes, and every dataset of a saved state, with its
// shape, type and unit. The tables between the markers are generated from a real run (which
// writes the column tables of sim/columns/); this test fails when a table and the code drift
// apart, and rewrites the tables when COOPSIM_UPDATE_GOLDEN=1 is set.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "golden_file.hpp"
#include "sim/columns/column_rows.hpp"
#include "sim/engine/simulation.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

struct Block {
    std::string begin, end;
};
const Block kDatasets{"<!-- BEGIN GENERATED: datasets (tests/sim/stages/output_doc_test.cpp) -->",
                      "<!-- END GENERATED: datasets -->"};
const Block kState{"<!-- BEGIN GENERATED: state (tests/sim/stages/output_doc_test.cpp) -->",
                   "<!-- END GENERATED: state -->"};

bool in_state(const output::Column& c) {
    return c.path.starts_with(std::string(columns::kStatePrefix) + "/");
}

// The markdown table of the columns of `r` that are (or are not) in the saved state.
std::string table(const Block& block, const output::RunRecord& r, bool state) {
    std::ostringstream out;
    out << block.begin
        << "\n\n| dataset | shape | type | unit | meaning |\n|---|---|---|---|---|\n";
    for (const auto& c : r.columns) {
        if (in_state(c) != state) continue;
        std::string shape = c.axes.empty() ? "scalar" : "[";
        for (std::size_t k = 0; k < c.axes.size(); ++k)
            shape += (k ? ", " : "") + std::string(output::axis_name(c.axes[k]));
        if (!c.axes.empty()) shape += "]";
        out << "| `" << c.path << "` | " << shape << " | " << output::type_name(c.values) << " | "
            << (c.unit.empty() ? "—" : c.unit) << " | " << c.description << " |\n";
    }
    out << "\n" << block.end;
    return out.str();
}

// Replaces the text between the block's markers (markers included) by `generated`; false when
// the markers are missing.
bool replace_block(std::string& doc, const Block& block, const std::string& generated) {
    const auto begin = doc.find(block.begin);
    const auto end = doc.find(block.end);
    if (begin == std::string::npos || end == std::string::npos || end < begin) return false;
    doc.replace(begin, end + block.end.size() - begin, generated);
    return true;
}

TEST(OutputDoc, DatasetsAndStateTablesMatchTheRecorder) {
    const auto scenario = testing::load(testing::tiny_scenario_json());
    engine::RunOptions options{1, {}};
    options.save_state_at = scenario.start_year + 1;
    const auto record = engine::simulate(scenario, options);
    const std::string datasets = table(kDatasets, record, false);
    const std::string state = table(kState, record, true);
    ASSERT_NE(state.find("/state/territories/stage"), std::string::npos) << state;

    const std::string path = std::string(COOPSIM_SOURCE_DIR) + "/docs/OUTPUT.md";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string doc = buffer.str();
    std::string expected = doc;
    const bool present =
        replace_block(expected, kDatasets, datasets) && replace_block(expected, kState, state);
    if (present && expected == doc) return;
    if (present && testing::golden_update_requested()) {
        GTEST_SKIP() << testing::rewrite_golden(path, expected);
    }
    FAIL() << "docs/OUTPUT.md's datasets or state table differs from what a run writes (or its "
              "markers are missing).\n"
           << "Update it with: COOPSIM_UPDATE_GOLDEN=1 ctest -R OutputDoc\nExpected:\n"
           << datasets << "\n"
           << state;
}

}  // namespace
}  // namespace coopsim::stages
