#include "sim/scenario/field_path.hpp"

#include <gtest/gtest.h>

namespace coopsim::scenario {
namespace {

using nlohmann::json;

// --set accepts both "/a/b" and "a/b"; "~1" and "~0" stand for "/" and "~" as in RFC 6901, so a
// key with a slash can still be addressed.
TEST(SplitPath, AcceptsPointerAndSlashForms) {
    EXPECT_EQ(split_path("/parameters/lapse_rate"),
              (std::vector<std::string>{"parameters", "lapse_rate"}));
    EXPECT_EQ(split_path("parameters/lapse_rate"),
              (std::vector<std::string>{"parameters", "lapse_rate"}));
    EXPECT_EQ(split_path("donors/0/budget_usd/"),
              (std::vector<std::string>{"donors", "0", "budget_usd"}));
    EXPECT_EQ(split_path("a~1b/c~0d"), (std::vector<std::string>{"a/b", "c~d"}));
    EXPECT_TRUE(split_path("").empty());
    EXPECT_TRUE(split_path("/").empty());
}

// Pointers built for messages escape what needs escaping, so they can be pasted into --set.
TEST(ChildPointer, EscapesTokens) {
    EXPECT_EQ(child_pointer("/donors", 3), "/donors/3");
    EXPECT_EQ(child_pointer("", "a/b~c"), "/a~1b~0c");
    EXPECT_EQ(join_pointer({"donors", "0", "name"}), "/donors/0/name");
}

// Rules select fields with "*" for every item; the reference shows those patterns as
// "donors[].grant_min_usd", the way people read them.
TEST(MatchPattern, SelectsEveryItemInDocumentOrder) {
    const json document = json::parse(R"({"donors": [{"name": "A"}, {"name": "B"}, {"x": 1}]})");
    const auto matches = match_pattern(document, "/donors/*/name");
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(matches[0].pointer, "/donors/0/name");
    EXPECT_EQ(*matches[1].value, "B");
    EXPECT_TRUE(match_pattern(document, "/territories/*/name").empty());
    EXPECT_EQ(readable_pattern("/donors/*/grant_min_usd"), "donors[].grant_min_usd");
    EXPECT_EQ(readable_pattern("/years/start"), "years.start");
}

}  // namespace
}  // namespace coopsim::scenario
