// coopsim schema: the scenario format for editors, validators and the documentation.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "scratch_folder.hpp"
#include "subprocess.hpp"

namespace coopsim::cli::testing {
namespace {

// The default output is one JSON document (a JSON Schema object describing scenario keys),
// so it can be piped straight into a validator or saved as scenario.schema.json.
TEST(SchemaCommandTest, PrintsValidJsonSchema) {
    const ScratchFolder folder;
    const Outcome outcome = run_coopsim({"schema"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    nlohmann::json schema;
    ASSERT_NO_THROW(schema = nlohmann::json::parse(outcome.out)) << outcome.out.substr(0, 200);
    ASSERT_TRUE(schema.is_object());
    EXPECT_TRUE(schema.contains("properties"));
    EXPECT_EQ(outcome.err, "");
}

// --markdown prints the human reference instead: text with markdown headings, not JSON.
TEST(SchemaCommandTest, MarkdownPrintsAReference) {
    const ScratchFolder folder;
    const Outcome outcome = run_coopsim({"schema", "--markdown"}, folder.path());
    ASSERT_EQ(outcome.exit_code, 0) << outcome.err;
    EXPECT_NE(outcome.out.find('#'), std::string::npos);
    EXPECT_FALSE(nlohmann::json::accept(outcome.out));
}

}  // namespace
}  // namespace coopsim::cli::testing
