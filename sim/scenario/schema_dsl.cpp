// The builder DSL of the schema table, and the wording of what each node expects.
#include <iterator>
#include <utility>

#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario::schema {

Range closed(double low, double high) {
    return {Bound{low, false}, Bound{high, false}};
}
Range at_least(double low) {
    return {Bound{low, false}, std::nullopt};
}
Range above(double low) {
    return {Bound{low, true}, std::nullopt};
}
Range above_up_to(double low, double high) {
    return {Bound{low, true}, Bound{high, false}};
}

const Field* Node::find(std::string_view name) const {
    for (const auto& field : fields) {
        if (field.name == name) return &field;
    }
    return nullptr;
}

std::vector<std::string> Node::field_names() const {
    std::vector<std::string> names;
    names.reserve(fields.size());
    for (const auto& field : fields)
        names.push_back(field.name);
    return names;
}

namespace {
// Every node starts from its kind; the builders set what differs from Node's defaults.
Node of_kind(Kind kind) {
    Node node;
    node.kind = kind;
    return node;
}
NodePtr make(Node node) {
    return std::make_shared<const Node>(std::move(node));
}
}  // namespace

NodePtr number(Range range, std::string unit) {
    Node node = of_kind(Kind::number);
    node.range = range;
    node.unit = std::move(unit);
    return make(std::move(node));
}

NodePtr integer(Range range, std::string unit) {
    Node node = of_kind(Kind::integer);
    node.range = range;
    node.unit = std::move(unit);
    return make(std::move(node));
}

NodePtr integer64(Range range) {
    Node node = of_kind(Kind::integer);
    node.range = range;
    node.wide_integer = true;
    return make(std::move(node));
}

NodePtr text() {
    return make(of_kind(Kind::string));
}

NodePtr non_empty_text() {
    Node node = of_kind(Kind::string);
    node.non_empty = true;
    return make(std::move(node));
}

NodePtr one_of(std::vector<std::string> names) {
    Node node = of_kind(Kind::string);
    node.allowed = std::move(names);
    return make(std::move(node));
}

NodePtr boolean() {
    return make(of_kind(Kind::boolean));
}

NodePtr array(NodePtr items, std::size_t min_items, bool unique_items) {
    Node node = of_kind(Kind::array);
    node.items = std::move(items);
    node.min_items = min_items;
    node.unique_items = unique_items;
    return make(std::move(node));
}

NodePtr object(std::vector<Field> fields) {
    Node node = of_kind(Kind::object);
    node.fields = std::move(fields);
    return make(std::move(node));
}

NodePtr map_of(NodePtr patched, std::string key_meaning) {
    Node node = of_kind(Kind::map);
    node.items = std::move(patched);
    node.map_key = std::move(key_meaning);
    return make(std::move(node));
}

NodePtr any_value() {
    return make(of_kind(Kind::any));
}

Field key(std::string name, NodePtr node, Default fallback, std::string description) {
    Field field;
    field.name = std::move(name);
    field.node = std::move(node);
    field.fallback = std::move(fallback);
    field.description = std::move(description);
    return field;
}

std::vector<Field> grouped(std::string group, std::vector<Field> fields) {
    for (auto& field : fields)
        field.group = group;
    return fields;
}

std::vector<Field> joined(std::vector<std::vector<Field>> groups) {
    std::vector<Field> all;
    for (auto& group : groups)
        all.insert(all.end(), std::make_move_iterator(group.begin()),
                   std::make_move_iterator(group.end()));
    return all;
}

Field consumed_by_loader(Field field) {
    field.consumed_by_loader = true;
    return field;
}

NodePtr sorted_by_year(NodePtr array) {
    Node node = *array;
    node.sorted_by_year = true;
    return make(std::move(node));
}

nlohmann::json default_of(const Field& field) {
    switch (field.fallback.kind()) {
        case Default::Kind::value:
            return field.fallback.value();
        case Default::Kind::from_fields: {
            auto value = nlohmann::json::object();
            for (const auto& child : field.node->fields) {
                if (auto v = default_of(child); !v.is_null()) value[child.name] = std::move(v);
            }
            return value;
        }
        default:
            return nullptr;
    }
}

std::string range_text(const Range& range) {
    const auto& [min, max] = range;
    if (min && max) {
        return (min->exclusive ? "(" : "[") + format_number(min->value) + ", " +
               format_number(max->value) + (max->exclusive ? ")" : "]");
    }
    if (min) return (min->exclusive ? "> " : ">= ") + format_number(min->value);
    if (max) return (max->exclusive ? "< " : "<= ") + format_number(max->value);
    return "";
}

namespace {
std::string with_range(std::string what, const Range& range) {
    const std::string bounds = range_text(range);
    if (bounds.empty()) return what;
    return what + (bounds.front() == '[' || bounds.front() == '(' ? " in " : " ") + bounds;
}
}  // namespace

std::string expected(const Node& node) {
    switch (node.kind) {
        case Kind::object:
            return "an object";
        case Kind::map:
            return "an object keyed by " + node.map_key;
        case Kind::any:
            return "any JSON value";
        case Kind::array:
            return node.min_items > 0 ? "an array of at least " + std::to_string(node.min_items) +
                                            (node.min_items == 1 ? " item" : " items")
                                      : "an array";
        case Kind::number:
            return with_range("a number", node.range);
        case Kind::integer:
            return with_range("an integer", node.range);
        case Kind::boolean:
            return "true or false";
        case Kind::string:
            break;
    }
    if (node.allowed.empty()) return node.non_empty ? "a non-empty string" : "a string";
    std::string names;
    for (const auto& name : node.allowed)
        names += (names.empty() ? "" : ", ") + in_quotes(name);
    return "one of " + names;
}

}  // namespace coopsim::scenario::schema
