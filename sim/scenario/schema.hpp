#pragma once
// The declared scenario schema: one table (schema.cpp) holds every key's type, unit, default,
// allowed range and meaning, plus the rules that relate keys to each other. Validation and
// defaults (validate.hpp), the JSON Schema printed by `coopsim schema` and the reference in
// docs/SCENARIOS.md (`coopsim schema --markdown`) are all generated from it, so they cannot
// disagree with each other.
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include <nlohmann/json.hpp>

namespace coopsim::scenario {

// The years a scenario may simulate: the range of /years/start and /years/end.
inline constexpr int kFirstSimulatedYear = 1990, kLastSimulatedYear = 2100;

// JSON Schema (draft 2020-12) of a scenario file: types, descriptions, defaults, ranges,
// enums, "x-unit", additionalProperties false, and the cross-field rules under "x-rules".
nlohmann::json json_schema();

// The reference part of docs/SCENARIOS.md: one Markdown table per object (key, type, unit,
// default, range, meaning), then the cross-field rules.
std::string schema_markdown();

// One parameter table of docs/MODEL.md §8 (key, unit, default, range, source), for `selector`:
// "OBJECT" (its keys; OBJECT a path of keys from the top: "national_agency", "donors"),
// "OBJECT:GROUP" (one group of its keys: "parameters:government"). An object whose keys are all
// objects of the same keys (the routes) is shown as a matrix of defaults.
// std::invalid_argument for a selector that names nothing.
std::string model_table(std::string_view selector);

namespace schema {

// `map`: an object whose keys are identities (a DANE code, a donor's name) rather than declared
// names; each value is a merge patch of the item that identity names (`items`).
// `any`: any JSON value (an experiment factor's listed values: numbers, names, arrays).
enum class Kind : std::uint8_t { object, array, number, integer, string, boolean, map, any };

struct Bound {
    double value = 0;
    bool exclusive = false;
};

struct Range {
    std::optional<Bound> min, max;
};
Range closed(double low, double high);       // [low, high]
Range at_least(double low);                  // [low, inf)
Range above(double low);                     // (low, inf)
Range above_up_to(double low, double high);  // (low, high]

struct Node;
using NodePtr = std::shared_ptr<const Node>;

// What happens when a key is absent.
class Default {
  public:
    enum class Kind : std::uint8_t { value, required, from_fields, absent };

    // A fixed default value: 0.5, "none", true, nlohmann::json::array({5, 6}).
    template <class T>
    requires(!std::same_as<std::remove_cvref_t<T>, Default> &&
             std::constructible_from<nlohmann::json, T&&>) Default(T&& value)
        : kind_(Kind::value), value_(std::forward<T>(value)) {}

    static Default required_key() { return Default(Kind::required, {}); }
    // Objects: an absent object is an empty one, whose own keys then take their defaults.
    static Default from_own_fields() { return Default(Kind::from_fields, {}); }
    // Optional with no default; `label` says in the reference what absence means.
    static Default absent_means(std::string label) {
        return Default(Kind::absent, std::move(label));
    }

    Kind kind() const { return kind_; }
    const nlohmann::json& value() const { return value_; }
    const std::string& label() const { return label_; }

  private:
    Default(Kind kind, std::string label) : kind_(kind), label_(std::move(label)) {}
    Kind kind_;
    nlohmann::json value_;
    std::string label_;
};

// The spellings the table uses.
inline const Default required = Default::required_key();
inline const Default from_fields = Default::from_own_fields();
inline Default absent(std::string label) {
    return Default::absent_means(std::move(label));
}

// How a key's value reaches the struct member it is declared with (schema_binding.hpp): `read`
// stores a validated value into the `owner` object, `write` gives the member back as JSON (null
// for an empty optional: the key is then absent).
struct Binding {
    const std::type_info* owner = nullptr;  // the struct the member belongs to; null: unbound
    std::function<void(const nlohmann::json& value, void* owner)> read;
    std::function<nlohmann::json(const void* owner)> write;
};

struct Field {
    std::string name;
    NodePtr node;
    Default fallback = Default::required_key();
    std::string description;
    // Where the value comes from: the article's section, a published source, "calibrated" or
    // "engineers' choice" (docs/MODEL.md §8 shows it beside the default and range).
    std::string source;
    // The part of the model the key belongs to, for keys of one object shown in separate tables
    // (the parameters: "government", "actors", ...); empty: none.
    std::string group;
    Binding binding;
    // The loader consumes the key before conversion (`extends`, `territories_csv`, the overrides):
    // no struct holds it.
    bool consumed_by_loader = false;

    // The same key with its source: key(...).cited("§3.1; value engineers' choice").
    Field cited(std::string where_from) && {
        source = std::move(where_from);
        return std::move(*this);
    }
};

struct Node {
    Kind kind = Kind::object;
    std::string unit;                  // numbers: "COP/year", "km", ...; "" when dimensionless
    Range range;                       // numbers and integers
    bool wide_integer = false;         // integers: 64 bits (the seed) rather than 32
    std::vector<std::string> allowed;  // strings: the enum's names; empty: any string
    bool non_empty = false;            // strings: at least one character
    NodePtr items;                     // arrays: each item; maps: what each value patches
    std::string map_key;               // maps: what a key is ("DANE code", "donor name")
    std::size_t min_items = 0;
    std::optional<std::size_t> max_items;
    bool unique_items = false;
    bool sorted_by_year = false;  // arrays of {year, ...}: the structs hold them sorted by year
    std::vector<Field> fields;    // objects, in the order the reference shows them

    const Field* find(std::string_view name) const;
    std::vector<std::string> field_names() const;
    bool is_scalar() const {
        return kind != Kind::object && kind != Kind::array && kind != Kind::map &&
               kind != Kind::any;
    }
};

// The builder DSL the table is written in.
NodePtr number(Range range = {}, std::string unit = {});
NodePtr integer(Range range, std::string unit = {});
NodePtr integer64(Range range);
NodePtr text();
NodePtr non_empty_text();
NodePtr one_of(std::vector<std::string> names);
NodePtr boolean();
NodePtr array(NodePtr items, std::size_t min_items = 0, bool unique_items = false);
NodePtr object(std::vector<Field> fields);
NodePtr map_of(NodePtr patched, std::string key_meaning);
NodePtr any_value();
// A key that no struct member holds: an object whose own fields are bound to the members of the
// enclosing struct (`years`, `routes`), or, wrapped in `consumed_by_loader`, a key the loader uses
// up. Keys held by a member are declared with the overloads of schema_binding.hpp.
Field key(std::string name, NodePtr node, Default fallback, std::string description);
Field consumed_by_loader(Field field);
// `fields`, each put in `group`.
std::vector<Field> grouped(std::string group, std::vector<Field> fields);
// The fields of several groups, in order, for one object().
std::vector<Field> joined(std::vector<std::vector<Field>> groups);
// The same array, held sorted by year in the structs (year paths, scripted events).
NodePtr sorted_by_year(NodePtr array);

// The value an absent key takes (objects: their fields' defaults); null for required and
// absent ones.
nlohmann::json default_of(const Field& field);

// What a value must be, as it follows "expected": "a number in [0, 1]", "one of \"a\", \"b\"".
std::string expected(const Node& node);
// The range alone, as the reference shows it: "[0, 1]", "> 0", "" for none.
std::string range_text(const Range& range);

// One thing wrong in a document: where (a JSON pointer) and what.
struct Problem {
    std::string pointer;
    std::string message;
};

// A rule relating several keys; `check` appends a Problem for each violation. Rules run on a
// document that already passed the per-key checks, so they may assume types and presence.
struct Rule {
    std::string description;  // Markdown, for the reference
    std::function<void(const nlohmann::json&, std::vector<Problem>&)> check;
};

// Patterns are JSON pointers where "*" is every item or member (field_path.hpp).
// In each object `objects` selects, `high` >= `low`.
Rule not_less(std::string objects, std::string low, std::string high);
// In each array `arrays` selects, the items' `key` (the items themselves when "") differ.
Rule unique(std::string arrays, std::string key);
// Each value `values` selects is among the values `known` selects.
Rule member_of(std::string values, std::string known);
// Each value `values` selects lies between the values at pointers `low` and `high`.
Rule within(std::string values, std::string low, std::string high);
// The array at `pointer` has at least one item; `description` says why and where from.
Rule not_empty(std::string pointer, std::string description);

// The scenario schema, built once.
const Node& scenario();
const std::vector<Rule>& rules();
// The item node of the `territories` array: the keys a territories CSV may have as columns.
const Node& territory();

}  // namespace schema
}  // namespace coopsim::scenario
