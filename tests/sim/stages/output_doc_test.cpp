// docs/OUTPUT.md lists every dataset the recorder writes, with its shape, type and unit. The
// table between the markers is generated from a real run; this test fails when the two drift
// apart, and rewrites the table when COOPSIM_UPDATE_GOLDEN=1 is set.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "golden_file.hpp"
#include "sim/engine/simulation.hpp"
#include "tiny_world.hpp"

namespace coopsim::stages {
namespace {

const char* kBegin = "<!-- BEGIN GENERATED: datasets (tests/sim/stages/output_doc_test.cpp) -->";
const char* kEnd = "<!-- END GENERATED: datasets -->";

std::string type_name(const output::ColumnValues& v) {
    switch (v.index()) {
        case 0:
            return "float64";
        case 1:
            return "int32";
        case 2:
            return "int64";
        default:
            return "string";
    }
}

std::string datasets_table(const output::RunRecord& r) {
    std::ostringstream out;
    out << kBegin << "\n\n| dataset | shape | type | unit | meaning |\n|---|---|---|---|---|\n";
    for (const auto& c : r.columns) {
        std::string shape = "[";
        for (std::size_t k = 0; k < c.axes.size(); ++k)
            shape += (k ? ", " : "") + std::string(output::axis_name(c.axes[k]));
        shape += "]";
        out << "| `" << c.path << "` | " << shape << " | " << type_name(c.values) << " | "
            << (c.unit.empty() ? "—" : c.unit) << " | " << c.description << " |\n";
    }
    out << "\n" << kEnd;
    return out.str();
}

TEST(OutputDoc, DatasetsTableMatchesTheRecorder) {
    const auto record = engine::simulate(testing::load(testing::tiny_scenario_json()), {1, {}});
    const std::string generated = datasets_table(record);
    const std::string path = std::string(COOPSIM_SOURCE_DIR) + "/docs/OUTPUT.md";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path;
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string doc = buffer.str();
    const auto begin = doc.find(kBegin);
    const auto end = doc.find(kEnd);
    const bool present = begin != std::string::npos && end != std::string::npos && end > begin;
    const std::string current =
        present ? doc.substr(begin, end + std::string(kEnd).size() - begin) : "";
    if (current == generated) return;
    if (testing::golden_update_requested()) {
        if (present)
            doc.replace(begin, current.size(), generated);
        else
            doc += "\n" + generated + "\n";
        GTEST_SKIP() << testing::rewrite_golden(path, doc);
    }
    FAIL() << "docs/OUTPUT.md's datasets table differs from what the recorder writes.\n"
           << "Update it with: COOPSIM_UPDATE_GOLDEN=1 ctest -R OutputDoc\nExpected:\n"
           << generated;
}

}  // namespace
}  // namespace coopsim::stages
