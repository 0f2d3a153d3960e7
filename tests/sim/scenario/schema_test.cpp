#include "sim/scenario/schema.hpp"

#include <gtest/gtest.h>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using schema::Kind;
using schema::Node;

template <class Visit>
void for_each_field(const Node& node, const std::string& path, const Visit& visit) {
    const Node* object = node.kind == Kind::array ? node.items.get() : &node;
    if (object->kind != Kind::object) return;
    for (const auto& field : object->fields) {
        const std::string field_path = path + "/" + field.name;
        visit(field, field_path);
        for_each_field(*field.node, field_path, visit);
    }
}

// The table is the documentation: every key says what it means.
TEST(Schema, EveryKeyHasADescription) {
    for_each_field(schema::scenario(), "", [](const schema::Field& field, const std::string& path) {
        EXPECT_FALSE(field.description.empty()) << path;
        EXPECT_NE(field.node, nullptr) << path;
    });
}

// A default outside its own range would be a value the loader refuses when written explicitly.
// Each default is validated against its key's node.
TEST(Schema, EveryDefaultIsValid) {
    int checked = 0;
    for_each_field(schema::scenario(), "",
                   [&](const schema::Field& field, const std::string& path) {
                       json value = schema::default_of(field);
                       if (value.is_null()) return;
                       const auto problems = validate(value, *field.node);
                       EXPECT_TRUE(problems.empty())
                           << path << problems.front().pointer << ": " << problems.front().message;
                       ++checked;
                   });
    EXPECT_GT(checked, 150);
}

// `routes` has exactly one key per Route, spelt as the enum, so the converter can index
// Scenario::routes by enum order.
TEST(Schema, RoutesObjectHasOneKeyPerRoute) {
    EXPECT_EQ(schema::scenario().find("routes")->node->field_names(), names_of<Route>());
}

// The columns a territories CSV may have: the scalar territory keys, as documented.
TEST(Schema, TerritoryCsvColumnsAreTheScalarTerritoryKeys) {
    std::vector<std::string> scalar;
    for (const auto& field : schema::territory().fields) {
        if (field.node->is_scalar()) scalar.push_back(field.name);
    }
    EXPECT_EQ(scalar, (std::vector<std::string>{"dane_code",
                                                "name",
                                                "department",
                                                "category",
                                                "population",
                                                "rural_share",
                                                "ethnic_share",
                                                "area_km2",
                                                "distance_to_capital_km",
                                                "is_capital",
                                                "budget_cop",
                                                "sgp_dependence",
                                                "private_sector",
                                                "conflict_events",
                                                "unmet_needs",
                                                "stage",
                                                "committee",
                                                "technical",
                                                "planning",
                                                "visibility",
                                                "mayor_priority",
                                                "twinning_partners",
                                                "network_memberships",
                                                "committee_allowed",
                                                "max_stage"}));
}

TEST(Schema, ExpectedWordsTheNode) {
    EXPECT_EQ(schema::expected(*schema::number(schema::closed(0, 1))), "a number in [0, 1]");
    EXPECT_EQ(schema::expected(*schema::number(schema::above_up_to(0, 1))), "a number in (0, 1]");
    EXPECT_EQ(schema::expected(*schema::number(schema::above(0))), "a number > 0");
    EXPECT_EQ(schema::expected(*schema::integer(schema::at_least(0))), "an integer >= 0");
    EXPECT_EQ(schema::expected(*schema::one_of({"a", "b"})), "one of \"a\", \"b\"");
    EXPECT_EQ(schema::expected(*schema::non_empty_text()), "a non-empty string");
    EXPECT_EQ(schema::expected(*schema::array(schema::text(), 2)), "an array of at least 2 items");
}

// The JSON Schema is draft 2020-12, closed (additionalProperties false) at every level, and
// carries descriptions, defaults, bounds, enums and units, so that editors can check files and
// show help as they are written.
TEST(JsonSchema, DescribesEveryKeyForEditors) {
    const json s = json_schema();
    EXPECT_EQ(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    EXPECT_EQ(s["type"], "object");
    EXPECT_EQ(s["additionalProperties"], false);
    const json& lapse = s["properties"]["parameters"]["properties"]["lapse_rate"];
    EXPECT_EQ(lapse["type"], "number");
    EXPECT_EQ(lapse["default"], 0.6);
    EXPECT_EQ(lapse["minimum"], 0);
    EXPECT_EQ(lapse["maximum"], 1);
    EXPECT_FALSE(lapse["description"].get<std::string>().empty());
    EXPECT_EQ(s["properties"]["parameters"]["additionalProperties"], false);
    EXPECT_EQ(s["properties"]["parameters"]["default"]["lapse_rate"], 0.6);

    const json& territory = s["properties"]["territories"]["items"];
    EXPECT_EQ(territory["additionalProperties"], false);
    EXPECT_EQ(territory["required"],
              json::parse(R"(["dane_code", "name", "department", "population", "budget_cop"])"));
    EXPECT_EQ(territory["properties"]["population"]["exclusiveMinimum"], 0);
    EXPECT_EQ(territory["properties"]["population"]["x-unit"], "inhabitants");
    EXPECT_EQ(territory["properties"]["budget_cop"]["x-unit"], "COP/year");
    EXPECT_EQ(territory["properties"]["stage"]["enum"],
              json::parse(R"(["none", "exploring", "formal"])"));
    EXPECT_EQ(territory["properties"]["dane_code"]["type"], "integer");

    const json& routes = s["properties"]["donors"]["items"]["properties"]["routes"];
    EXPECT_EQ(routes["minItems"], 1);
    EXPECT_EQ(routes["uniqueItems"], true);
    EXPECT_EQ(routes["items"]["enum"].size(), 7u);
    EXPECT_FALSE(s["properties"]["seed"].contains("maximum"));
    EXPECT_EQ(s["properties"]["cop_per_usd"]["default"].size(), 17u);
    EXPECT_FALSE(s["x-rules"].empty());
}

// The reference has one table per object, headed by its path, with a row per key.
TEST(SchemaMarkdown, HasATablePerObject) {
    const std::string markdown = schema_markdown();
    for (const char* heading :
         {"### Top level", "### `years`", "### `territories[]`", "### `territories[].actors[]`",
          "### `donors[].weights`", "### `routes.south_south`", "### `parameters`",
          "### Rules across keys"}) {
        EXPECT_NE(markdown.find(std::string(heading) + "\n"), std::string::npos) << heading;
    }
    EXPECT_NE(markdown.find("| `lapse_rate` | number | probability | `0.6` | [0, 1] |"),
              std::string::npos);
    EXPECT_NE(markdown.find("| `population` | number | inhabitants | **required** | > 0 |"),
              std::string::npos);
    EXPECT_NE(markdown.find("| `stage` | name |  | `\"none\"` | `none`, `exploring`, `formal` |"),
              std::string::npos);
}

}  // namespace
}  // namespace coopsim::scenario
