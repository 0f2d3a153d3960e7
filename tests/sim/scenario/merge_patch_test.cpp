#include "sim/scenario/merge_patch.hpp"

#include <gtest/gtest.h>

namespace coopsim::scenario {
namespace {

using nlohmann::json;

struct PatchCase {
    const char* original;
    const char* patch;
    const char* result;
};

// RFC 7386, Appendix A, row by row: a scenario that `extends` another must change it exactly as
// any merge-patch tool would, so that users can reason about what-ifs with the RFC in hand.
class Rfc7386Examples : public ::testing::TestWithParam<PatchCase> {};

TEST_P(Rfc7386Examples, GiveTheRfcResult) {
    json target = json::parse(GetParam().original);
    merge_patch(target, json::parse(GetParam().patch));
    EXPECT_EQ(target, json::parse(GetParam().result)) << "patch " << GetParam().patch;
}

INSTANTIATE_TEST_SUITE_P(
    AppendixA, Rfc7386Examples,
    ::testing::Values(PatchCase{R"({"a":"b"})", R"({"a":"c"})", R"({"a":"c"})"},
                      PatchCase{R"({"a":"b"})", R"({"b":"c"})", R"({"a":"b","b":"c"})"},
                      PatchCase{R"({"a":"b"})", R"({"a":null})", R"({})"},
                      PatchCase{R"({"a":"b","b":"c"})", R"({"a":null})", R"({"b":"c"})"},
                      PatchCase{R"({"a":["b"]})", R"({"a":"c"})", R"({"a":"c"})"},
                      PatchCase{R"({"a":"c"})", R"({"a":["b"]})", R"({"a":["b"]})"},
                      PatchCase{R"({"a":{"b":"c"}})", R"({"a":{"b":"d","c":null}})",
                                R"({"a":{"b":"d"}})"},
                      PatchCase{R"({"a":[{"b":"c"}]})", R"({"a":[1]})", R"({"a":[1]})"},
                      PatchCase{R"(["a","b"])", R"(["c","d"])", R"(["c","d"])"},
                      PatchCase{R"({"a":"b"})", R"(["c"])", R"(["c"])"},
                      PatchCase{R"({"a":"foo"})", "null", "null"},
                      PatchCase{R"({"a":"foo"})", R"("bar")", R"("bar")"},
                      PatchCase{R"({"e":null})", R"({"a":1})", R"({"e":null,"a":1})"},
                      PatchCase{R"([1,2])", R"({"a":"b","c":null})", R"({"a":"b"})"},
                      PatchCase{R"({})", R"({"a":{"bb":{"ccc":null}}})", R"({"a":{"bb":{}}})"}));

// RFC 7386, section 3: the worked example with nested removal and an array replaced wholesale.
TEST(MergePatch, GivesTheRfcSectionThreeExample) {
    json target = json::parse(R"({"title": "Goodbye!",
        "author": {"givenName": "John", "familyName": "Doe"},
        "tags": ["example", "sample"], "content": "This will be unchanged"})");
    merge_patch(target, json::parse(R"({"title": "Hello!", "phoneNumber": "+01-123-456-7890",
        "author": {"familyName": null}, "tags": ["example"]})"));
    EXPECT_EQ(target, json::parse(R"({"title": "Hello!", "author": {"givenName": "John"},
        "tags": ["example"], "content": "This will be unchanged",
        "phoneNumber": "+01-123-456-7890"})"));
}

// Arrays are not merged item by item: a what-if that lists donors lists all of them. This is the
// rule users are most likely to trip on, so it is pinned down here for scenario-shaped data.
TEST(MergePatch, ReplacesScenarioArraysWholesale) {
    json base = {{"donors", {{{"name", "A"}}, {{"name", "B"}}}},
                 {"parameters", {{"lapse_rate", 0.6}}}};
    merge_patch(base,
                {{"donors", {{{"name", "C"}}}}, {"parameters", {{"formal_protection", 0.9}}}});
    EXPECT_EQ(base["donors"], json::parse(R"([{"name": "C"}])"));
    EXPECT_EQ(base["parameters"], json::parse(R"({"lapse_rate": 0.6, "formal_protection": 0.9})"));
}

}  // namespace
}  // namespace coopsim::scenario
