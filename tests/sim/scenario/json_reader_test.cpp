#include "sim/scenario/json_reader.hpp"

#include <gtest/gtest.h>

#include "scenario_test_files.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using testing::catch_scenario_error;
using testing::contains;

// A malformed file names the line and column where parsing stopped, as an editor counts them,
// so that the user can jump there.
TEST(ParseJsonText, MalformedTextGivesLineAndColumn) {
    const auto caught = catch_scenario_error([] {
        parse_json_text("{\n  \"seed\": 1,\n  \"years\": {\"start\": 2008,,}\n}", "x.json");
    });
    EXPECT_EQ(caught.file, "x.json");
    EXPECT_EQ(caught.field_path, "line 3, column 27");
    EXPECT_PRED2(contains, caught.what, "x.json: line 3, column 27: malformed JSON: syntax error");
}

// nlohmann's parser keeps the last of two equal keys; a scenario must not silently lose a value
// the user wrote, so the second one is an error naming its field.
TEST(ParseJsonText, RejectsDuplicateKeysNamingTheField) {
    const auto caught = catch_scenario_error([] {
        parse_json_text(R"({"parameters": {"lapse_rate": 0.1, "lapse_rate": 0.9}})", "x.json");
    });
    EXPECT_EQ(caught.field_path, "/parameters/lapse_rate");
    EXPECT_PRED2(contains, caught.what, "duplicate key \"lapse_rate\"");
}

// 1e999 is valid JSON text but no double: it is refused where it stands instead of becoming
// infinity (which would then poison a run).
TEST(ParseJsonText, NumberOverflowNamesTheField) {
    const auto caught = catch_scenario_error(
        [] { parse_json_text(R"({"donors": [{"budget_usd": 1e999}]})", "x.json"); });
    EXPECT_EQ(caught.field_path, "/donors/0/budget_usd");
    EXPECT_PRED2(contains, caught.what, "number \"1e999\" is out of range of a double");
}

// 100,000 nested arrays must give a clean error, not a stack overflow in any recursive code.
TEST(ParseJsonText, DeepNestingIsAnErrorNotACrash) {
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    const auto caught = catch_scenario_error([&] { parse_json_text(deep, "deep.json"); });
    EXPECT_PRED2(contains, caught.what, "deep.json: ");
    EXPECT_PRED2(contains, caught.what, "nesting deeper than 64 levels");
}

// Exactly the limit is fine: the limit is a guard, not a constraint on real scenarios.
TEST(ParseJsonText, NestingAtTheLimitIsAccepted) {
    const std::string at_limit = std::string(kMaxNesting, '[') + std::string(kMaxNesting, ']');
    EXPECT_EQ(nesting_depth(parse_json_text(at_limit, "x.json")), kMaxNesting);
}

// For --set: text that is not JSON at all is a plain string, but JSON that the reader refuses is
// still an error (1e999 does not quietly become the string "1e999").
TEST(ParseJsonIfJson, TellsNonJsonFromRefusedJson) {
    EXPECT_EQ(parse_json_if_json("what-if", "--set"), std::nullopt);
    EXPECT_EQ(parse_json_if_json("[1, 2]", "--set"), json::array({1, 2}));
    catch_scenario_error([] { parse_json_if_json("1e999", "--set"); });
}

// Documents built in memory (load_scenario_json) are measured without recursion.
TEST(NestingDepth, CountsLevelsIteratively) {
    EXPECT_EQ(nesting_depth(json(1)), 0u);
    EXPECT_EQ(nesting_depth(json::parse(R"({"a": [1, {"b": []}]})")), 4u);
    json deep = json::array();
    json* innermost = &deep;
    for (int i = 0; i < 100'000; ++i) {
        innermost->push_back(json::array());
        innermost = &innermost->back();
    }
    EXPECT_EQ(nesting_depth(deep), 100'001u);
}

}  // namespace
}  // namespace coopsim::scenario
