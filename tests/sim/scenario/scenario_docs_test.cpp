// docs/SCENARIOS.md embeds the generated reference (schema_markdown()), and docs/MODEL.md §8 the
// parameter tables (model_table()), between markers. These tests fail when a document differs
// from the schema table, so neither can drift from it. Run them with COOPSIM_UPDATE_GOLDEN=1 to
// rewrite the sections instead.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "generated_sections.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario {
namespace {

using coopsim::testing::GeneratedSection;

constexpr std::string_view kEnd = "<!-- END GENERATED -->";

std::filesystem::path doc_path(std::string_view name) {
    return std::filesystem::path(COOPSIM_SOURCE_DIR) / "docs" / name;
}

// The guide's generated section is exactly schema_markdown().
TEST(ScenariosGuide, GeneratedReferenceMatchesTheSchema) {
    coopsim::testing::check_generated_sections(
        doc_path("SCENARIOS.md"),
        {{"<!-- BEGIN GENERATED: coopsim schema --markdown -->\n", schema_markdown()}}, kEnd,
        "sim/scenario/schema.cpp", "ScenariosGuide");
}

// The selectors of MODEL.md's generated tables, in the order they appear.
std::vector<std::string> model_selectors(const std::string& text) {
    static const std::regex marker("<!-- BEGIN GENERATED: model_table ([^ ]+) -->");
    std::vector<std::string> selectors;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), marker);
         it != std::sregex_iterator(); ++it)
        selectors.push_back((*it)[1]);
    return selectors;
}

// Each parameter table of MODEL.md §8 is exactly model_table() of its selector.
TEST(ModelGuide, ParameterTablesMatchTheSchema) {
    const auto file = doc_path("MODEL.md");
    std::vector<GeneratedSection> sections;
    for (const auto& selector : model_selectors(coopsim::testing::read_whole_file(file))) {
        sections.push_back({"<!-- BEGIN GENERATED: model_table " + selector + " -->\n",
                            "\n" + model_table(selector) + "\n"});
    }
    // Guard: §8.s thirteen tables (eight groups of parameters, routes, agency, allies, actors,
    // donors) are all there.
    EXPECT_EQ(sections.size(), 13u);
    coopsim::testing::check_generated_sections(file, sections, kEnd, "sim/scenario/schema.cpp",
                                               "ModelGuide");
}

// Every group of /parameters has its table in MODEL.md, and every parameter cites its source
// (the article's section, a publication, "calibrated" or "engineers' choice").
TEST(ModelGuide, EveryParameterIsDocumentedWithASource) {
    const auto selectors = model_selectors(coopsim::testing::read_whole_file(doc_path("MODEL.md")));
    const std::set<std::string> shown(selectors.begin(), selectors.end());
    const schema::Node& parameters = *schema::scenario().find("parameters")->node;
    ASSERT_GT(parameters.fields.size(), 40u);
    for (const auto& field : parameters.fields) {
        EXPECT_FALSE(field.group.empty()) << "parameters." << field.name << " has no group";
        EXPECT_TRUE(shown.contains("parameters:" + field.group))
            << "no table of parameters:" << field.group << " in MODEL.md";
        EXPECT_FALSE(field.source.empty()) << "parameters." << field.name << " cites no source";
    }
}

TEST(ModelGuide, BadSelectorIsRefused) {
    EXPECT_THROW(model_table("nowhere"), std::invalid_argument);
    EXPECT_THROW(model_table("parameters:no_such_group"), std::invalid_argument);
    // Guard for the other branch: a real selector gives a table with its rows.
    EXPECT_NE(model_table("parameters:memory").find("| `lapse_rate` |"), std::string::npos);
}

}  // namespace
}  // namespace coopsim::scenario
