// docs/SCENARIOS.md embeds the generated reference (schema_markdown()) between two markers. This
// test fails when the two differ, so the guide cannot drift from the schema table. Run it with
// COOPSIM_UPDATE_GOLDEN=1 to rewrite the section instead.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "golden_file.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario {
namespace {

constexpr std::string_view kBegin = "<!-- BEGIN GENERATED: coopsim schema --markdown -->\n";
constexpr std::string_view kEnd = "<!-- END GENERATED -->";

std::filesystem::path guide_path() {
    return std::filesystem::path(COOPSIM_SOURCE_DIR) / "docs/SCENARIOS.md";
}

std::string read_all(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The guide's generated section is exactly schema_markdown().
TEST(ScenariosGuide, GeneratedReferenceMatchesTheSchema) {
    const std::string guide = read_all(guide_path());
    const std::size_t begin = guide.find(kBegin);
    ASSERT_NE(begin, std::string::npos) << guide_path() << " lacks the line " << kBegin;
    const std::size_t start = begin + kBegin.size();
    const std::size_t end = guide.find(kEnd, start);
    ASSERT_NE(end, std::string::npos) << guide_path() << " lacks the line " << kEnd;

    const std::string generated = schema_markdown();
    const std::string current = guide.substr(start, end - start);
    if (current == generated) return;

    if (coopsim::testing::golden_update_requested())
        GTEST_SKIP() << coopsim::testing::rewrite_golden(
            guide_path(), guide.substr(0, start) + generated + guide.substr(end));
    // The first differing line, to show what changed without dumping the whole reference.
    std::istringstream want(generated), have(current);
    std::string want_line, have_line;
    int line = 0;
    while (std::getline(want, want_line) && std::getline(have, have_line) && want_line == have_line)
        ++line;
    FAIL() << guide_path()
           << " is out of date with sim/scenario/schema.cpp; first difference at line " << line + 1
           << " of the generated section:\n  schema: " << want_line << "\n  guide:  " << have_line
           << "\nTo update it, run:\n  COOPSIM_UPDATE_GOLDEN=1 ctest --test-dir <build> -R "
              "ScenariosGuide";
}

}  // namespace
}  // namespace coopsim::scenario
