// Every key of the schema reaches the struct member it is declared with: a scenario with every key
// set to a value other than its default is loaded, then written back from the structs through
// the same bindings; the two documents must be equal. A key bound to no member, or two keys bound
// to one member, makes them differ.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "sim/scenario/convert.hpp"
#include "sim/scenario/load.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/schema_binding.hpp"

namespace coopsim::scenario {
namespace {

using nlohmann::json;
using schema::Kind;
using schema::Node;

// Values of a low-discrepancy sequence in (0, 1): successive keys get distinct values, so a key
// read into another key's member shows.
double next_fraction(int& counter) {
    constexpr double kGoldenFraction = 0.6180339887498949;
    ++counter;
    const double f = std::fmod(counter * kGoldenFraction, 1.0);
    return 0.05 + 0.9 * f;  // away from both bounds
}

double low_bound(const schema::Range& range) {
    return range.min ? range.min->value : 0.0;
}
double high_bound(const schema::Range& range, double low) {
    return range.max ? range.max->value : low + 1000.0;
}

// A valid value of `node` other than `fallback` (the key's default; null when it has none).
json non_default(const Node& node, const json& fallback, int& counter) {
    switch (node.kind) {
        case Kind::number: {
            const double low = low_bound(node.range), high = high_bound(node.range, low);
            return low + (high - low) * next_fraction(counter);
        }
        case Kind::integer: {
            const double low = low_bound(node.range), high = high_bound(node.range, low);
            auto value =
                static_cast<long long>(std::floor(low + (high - low) * next_fraction(counter)));
            if (fallback.is_number() && value == fallback.get<long long>())
                value += value + 1 <= static_cast<long long>(high) ? 1 : -1;
            return value;
        }
        case Kind::boolean:
            return fallback.is_boolean() ? !fallback.get<bool>() : true;
        case Kind::string:
            if (node.allowed.empty()) return "text " + std::to_string(++counter);
            for (const auto& name : node.allowed)
                if (fallback != name) return name;
            return node.allowed.front();
        case Kind::array:
            return json::array({non_default(*node.items, nullptr, counter)});
        case Kind::object: {
            auto object = json::object();
            for (const auto& field : node.fields) {
                if (field.consumed_by_loader) continue;
                object[field.name] = non_default(*field.node, schema::default_of(field), counter);
            }
            return object;
        }
        case Kind::map:
        case Kind::any:
            break;
    }
    ADD_FAILURE() << "no value generated for a map or any-value key";
    return nullptr;
}

// The cross-key rules (schema::rules()) on the generated document: ordered pairs, members of
// the territory list, event years within the simulated years.
void satisfy_rules(json& doc) {
    doc["years"] = {{"start", 2010}, {"end", 2020}};
    json& territory = doc["territories"][0];
    const int code = territory["dane_code"];
    territory["conflict_by_year"][0]["year"] = 2012;
    territory["strategy_events"][0]["year"] = 2013;
    json& donor = doc["donors"][0];
    donor["grant_min_usd"] = 1000.5;
    donor["grant_max_usd"] = 5000.25;
    donor["project_years_min"] = 2;
    donor["project_years_max"] = 4;
    json& ally = doc["regional_allies"][0];
    ally["members"] = {code};
    ally["start_year"] = 2009;
    ally["end_year"] = 2030;
    json& target = doc["targets"]["case"];
    target["dane_code"] = code;
    target["first_year"] = 2011;
    target["last_year"] = 2014;
    target["received_cop_min"] = 1.5e9;
    target["received_cop_max"] = 3.5e9;
}

json every_key_document() {
    int counter = 0;
    json doc = non_default(schema::scenario(), nullptr, counter);
    satisfy_rules(doc);
    return doc;
}

// The scalar keys of `doc`, counted through nested objects and arrays.
int count_scalars(const json& doc) {
    if (doc.is_object() || doc.is_array()) {
        int n = 0;
        for (const auto& item : doc)
            n += count_scalars(item);
        return n;
    }
    return 1;
}

TEST(SchemaBinding, EveryKeyReachesItsMemberAndComesBack) {
    const json doc = every_key_document();
    // Guard: the generated scenario really sets every key; 170 scalars today (territory, actor
    // group, event, donor, route x 7, agency, ally, actor rules, parameters, targets).
    ASSERT_GT(count_scalars(doc), 160);
    const Scenario s = load_scenario_json(doc, "every-key.json", ".");
    const json resolved = json::parse(s.resolved_json);
    EXPECT_EQ(resolved, doc) << "validation changed what the test set: "
                             << json::diff(doc, resolved).dump();
    // What differs names the key: a JSON patch from the document to what the structs hold.
    const json back = to_document(s);
    EXPECT_EQ(back, resolved) << json::diff(resolved, back).dump();

    // Spot checks straight on the structs, independent of the writer.
    EXPECT_EQ(s.start_year, 2010);
    EXPECT_EQ(s.end_year, 2020);
    EXPECT_EQ(s.parameters.lapse_rate, doc["parameters"]["lapse_rate"].get<double>());
    EXPECT_EQ(s.territories.at(0).actors.at(0).donor_link,
              doc["territories"][0]["actors"][0]["donor_link"].get<double>());
    EXPECT_EQ(s.donors.at(0).weights.herding, doc["donors"][0]["weights"]["herding"].get<double>());
    EXPECT_EQ(s.routes[static_cast<int>(Route::networks)].preparation_cost_cop,
              doc["routes"]["networks"]["preparation_cost_cop"].get<double>());
    ASSERT_TRUE(s.targets.case_target.has_value());
    EXPECT_EQ(s.targets.case_target->last_year, 2014);
    ASSERT_TRUE(s.targets.oda.has_value());
    EXPECT_EQ(s.targets.oda->tolerance, doc["targets"]["oda"]["tolerance"].get<double>());
}

// Every default differs from the generated value: the round trip above cannot pass because a
// member kept the value it would have had anyway.
TEST(SchemaBinding, GeneratedValuesDifferFromTheDefaults) {
    const json doc = every_key_document();
    int compared = 0;
    const std::function<void(const Node&, const json&, const std::string&)> walk =
        [&](const Node& node, const json& value, const std::string& where) {
            for (const auto& field : node.fields) {
                if (field.consumed_by_loader || !value.contains(field.name)) continue;
                const json fallback = schema::default_of(field);
                const json& given = value.at(field.name);
                if (field.node->is_scalar() && !fallback.is_null()) {
                    EXPECT_NE(given, fallback) << where << "/" << field.name;
                    ++compared;
                }
                if (field.node->kind == Kind::object)
                    walk(*field.node, given, where + "/" + field.name);
                if (field.node->kind == Kind::array && field.node->items->kind == Kind::object)
                    walk(*field.node->items, given.at(0), where + "/" + field.name + "/0");
            }
        };
    walk(schema::scenario(), doc, "");
    EXPECT_GT(compared, 120);
}

// Year paths and scripted events reach the structs sorted by year, ties in listed order.
TEST(SchemaBinding, YearListsAreSortedByYear) {
    json doc = every_key_document();
    doc["cop_per_usd"] =
        json::array({{{"year", 2015}, {"value", 3000}}, {{"year", 2009}, {"value", 2000}}});
    doc["territories"][0]["strategy_events"] = json::array(
        {{{"year", 2014}, {"kind", "agenda"}}, {{"year", 2011}, {"kind", "committee"}}});
    const Scenario s = load_scenario_json(doc, "every-key.json", ".");
    ASSERT_EQ(s.cop_per_usd.size(), 2u);
    EXPECT_EQ(s.cop_per_usd[0].year, 2009);
    EXPECT_EQ(s.cop_per_usd[1].value, 3000);
    const auto& events = s.territories.at(0).strategy_events;
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].kind, StrategyEventKind::committee);
    EXPECT_EQ(events[1].year, 2014);
}

struct Pair {
    double a = 0, b = 0;
};

// A schema table that leaves a key without a member fails loudly instead of leaving it at zero.
TEST(SchemaBinding, KeyWithoutMemberIsABug) {
    using namespace schema;
    const NodePtr node =
        object({key("a", &Pair::a, number(), 0, "bound"), key("b", number(), 0, "forgotten")});
    Pair pair;
    const json value = {{"a", 1.5}, {"b", 2.5}};
    EXPECT_THROW(read_fields(*node, value, &pair, typeid(Pair)), std::logic_error);
    // Bound, it is read.
    const NodePtr bound =
        object({key("a", &Pair::a, number(), 0, ""), key("b", &Pair::b, number(), 0, "")});
    read_fields(*bound, value, &pair, typeid(Pair));
    EXPECT_EQ(pair.b, 2.5);
    // Read into a struct of another type: a bug too.
    YearValue other;
    EXPECT_THROW(read_fields(*bound, value, &other, typeid(YearValue)), std::logic_error);
}

}  // namespace
}  // namespace coopsim::scenario
