// The two documents generated from the schema table: the JSON Schema (`coopsim schema`) and the
// Markdown reference (`coopsim schema --markdown`, the generated part of docs/SCENARIOS.md).
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;
using schema::Default;
using schema::Field;
using schema::Kind;
using schema::Node;

// ---- JSON Schema -------------------------------------------------------------------------

void put_bounds(json& out, const schema::Range& range) {
    if (range.min) out[range.min->exclusive ? "exclusiveMinimum" : "minimum"] = range.min->value;
    if (range.max) out[range.max->exclusive ? "exclusiveMaximum" : "maximum"] = range.max->value;
}

json to_json_schema(const Node& node) {
    json out;
    switch (node.kind) {
        case Kind::object: {
            out["type"] = "object";
            out["additionalProperties"] = false;
            out["properties"] = json::object();
            json required = json::array();
            for (const auto& field : node.fields) {
                json property = to_json_schema(*field.node);
                property["description"] = field.description;
                if (!field.source.empty()) property["x-source"] = field.source;
                if (auto fallback = schema::default_of(field); !fallback.is_null()) {
                    property["default"] = std::move(fallback);
                }
                if (field.fallback.kind() == Default::Kind::required)
                    required.push_back(field.name);
                out["properties"][field.name] = std::move(property);
            }
            if (!required.empty()) out["required"] = std::move(required);
            break;
        }
        case Kind::map: {
            // Each value is a partial item (a merge patch): nothing in it is required.
            json patched = to_json_schema(*node.items);
            patched.erase("required");
            out["type"] = "object";
            out["propertyNames"] = {{"description", node.map_key}};
            out["additionalProperties"] = std::move(patched);
            break;
        }
        case Kind::any:
            break;  // no constraint: {} accepts every value
        case Kind::array:
            out["type"] = "array";
            out["items"] = to_json_schema(*node.items);
            if (node.min_items > 0) out["minItems"] = node.min_items;
            if (node.max_items) out["maxItems"] = *node.max_items;
            if (node.unique_items) out["uniqueItems"] = true;
            break;
        case Kind::number:
        case Kind::integer:
            out["type"] = node.kind == Kind::number ? "number" : "integer";
            put_bounds(out, node.range);
            if (node.kind == Kind::integer && !node.wide_integer) {
                if (!node.range.min) out["minimum"] = -2147483648.0;
                if (!node.range.max) out["maximum"] = 2147483647.0;
            }
            break;
        case Kind::string:
            out["type"] = "string";
            if (!node.allowed.empty()) out["enum"] = node.allowed;
            if (node.non_empty) out["minLength"] = 1;
            break;
        case Kind::boolean:
            out["type"] = "boolean";
            break;
    }
    if (!node.unit.empty()) out["x-unit"] = node.unit;
    return out;
}

// ---- Markdown ----------------------------------------------------------------------------

// Longer defaults (the exchange-rate path) are left to the meaning column.
constexpr std::size_t kLongestShownDefault = 32;

std::string cell(std::string text) {
    std::string out;
    for (const char c : text)
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

std::string type_name(const Node& node) {
    switch (node.kind) {
        case Kind::object:
            return "object";
        case Kind::map:
            return "object by " + node.map_key;
        case Kind::any:
            return "value";
        case Kind::array:
            return "array of " + type_name(*node.items) + "s";
        case Kind::number:
            return "number";
        case Kind::integer:
            return "integer";
        case Kind::string:
            return node.allowed.empty() ? "string" : "name";
        case Kind::boolean:
            return "boolean";
    }
    return "";
}

std::string allowed_values(const Node& node) {
    const Node& values = node.kind == Kind::array ? *node.items : node;
    std::string out;
    if (!values.allowed.empty()) {
        for (const auto& name : values.allowed)
            out += (out.empty() ? "`" : ", `") + name + "`";
    } else if (values.non_empty) {
        out = "not empty";
    } else {
        out = schema::range_text(values.range);
    }
    if (node.kind != Kind::array) return out;
    std::string items;
    if (node.min_items > 0) {
        items = ">= " + std::to_string(node.min_items) + (node.min_items == 1 ? " item" : " items");
    }
    if (node.unique_items) items += (items.empty() ? "" : ", ") + std::string("no repeats");
    if (!out.empty()) items += (items.empty() ? "each " : "; each ") + out;
    return items;
}

std::string default_cell(const Field& field) {
    switch (field.fallback.kind()) {
        case Default::Kind::required:
            return "**required**";
        case Default::Kind::absent:
            return field.fallback.label();
        case Default::Kind::from_fields:
            return "per key";
        case Default::Kind::value:
            break;
    }
    const json& value = field.fallback.value();
    if (value.is_number_float()) return "`" + format_number(value.get<double>()) + "`";
    const std::string text = value.dump();
    if (text.size() > kLongestShownDefault) return "see meaning";
    return "`" + text + "`";
}

// The heading of the table for an object reached through `field` from the table `parent`.
std::string child_heading(const std::string& parent, const Field& field) {
    const std::string path = parent.empty() ? field.name : parent + "." + field.name;
    return field.node->kind == Kind::array ? path + "[]" : path;
}

const Node* object_below(const Node& node) {
    if (node.kind == Kind::object) return &node;
    if (node.kind == Kind::array && node.items->kind == Kind::object) return node.items.get();
    return nullptr;
}

// Tables in reading order: an object's table, then those of the objects below it.
void write_tables(std::ostream& out, const Node& node, const std::string& heading) {
    out << "### " << (heading.empty() ? "Top level" : "`" + heading + "`") << "\n\n"
        << "| key | type | unit | default | range | meaning |\n"
        << "|---|---|---|---|---|---|\n";
    for (const auto& field : node.fields) {
        const std::string below = child_heading(heading, field);
        std::string meaning = field.description;
        if (object_below(*field.node)) meaning += "; see `" + below + "`";
        const Node& leaf = field.node->kind == Kind::array ? *field.node->items : *field.node;
        out << "| `" << field.name << "` | " << type_name(*field.node) << " | " << cell(leaf.unit)
            << " | " << cell(default_cell(field)) << " | " << cell(allowed_values(*field.node))
            << " | " << cell(meaning) << " |\n";
    }
    out << '\n';
    for (const auto& field : node.fields) {
        if (const Node* child = object_below(*field.node)) {
            write_tables(out, *child, child_heading(heading, field));
        }
    }
}

// ---- Parameter tables of docs/MODEL.md §8 ------------------------------------------------

struct Row {
    std::string key;  // dotted below the selected object: "weights.need"
    const Field* field;
};

// The scalar and list keys of `node`, nested objects' keys as `parent.key`.
void collect_rows(const Node& node, const std::string& prefix, std::string_view group,
                  std::vector<Row>& rows) {
    for (const auto& field : node.fields) {
        if (field.consumed_by_loader || (!group.empty() && field.group != group)) continue;
        if (field.node->kind == Kind::object) {
            collect_rows(*field.node, prefix + field.name + ".", {}, rows);
        } else {
            rows.push_back({prefix + field.name, &field});
        }
    }
}

// The object a path of keys names from the top ("donors": the item of the array).
const Node& object_at(std::string_view path, std::string_view selector) {
    const Node* node = &schema::scenario();
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        const std::string name(path.substr(0, slash));
        const Field* field = node->find(name);
        const Node* below = field ? object_below(*field->node) : nullptr;
        if (!below)
            throw std::invalid_argument("no object \"" + name + "\" in " + std::string(selector));
        node = below;
        path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    }
    return *node;
}

// Every key of `node` an object of the same keys (the routes): one row per object, one column
// per key, each cell its default.
bool is_matrix(const Node& node) {
    if (node.fields.empty()) return false;
    for (const auto& field : node.fields) {
        if (field.node->kind != Kind::object ||
            field.node->field_names() != node.fields.front().node->field_names())
            return false;
    }
    return true;
}

std::string matrix_table(const Node& node) {
    std::ostringstream out;
    const Node& first = *node.fields.front().node;
    out << "| key |";
    for (const auto& column : first.fields)
        out << " `" << column.name << "` |";
    out << "\n|---|";
    for (std::size_t k = 0; k < first.fields.size(); ++k)
        out << "---|";
    out << "\n";
    for (const auto& row : node.fields) {
        out << "| `" << row.name << "` |";
        for (const auto& column : row.node->fields)
            out << " " << cell(default_cell(column)) << " |";
        out << "\n";
    }
    out << "\nUnits and ranges:";
    for (const auto& column : first.fields) {
        out << (&column == &first.fields.front() ? " `" : "; `") << column.name << "` "
            << cell(allowed_values(*column.node))
            << (column.node->unit.empty() ? "" : " " + column.node->unit);
    }
    out << ".\n";
    return out.str();
}

}  // namespace

std::string model_table(std::string_view selector) {
    const std::size_t colon = selector.find(':');
    const std::string_view path = selector.substr(0, colon);
    const std::string_view group =
        colon == std::string_view::npos ? std::string_view() : selector.substr(colon + 1);
    const Node& node = object_at(path, selector);
    if (group.empty() && is_matrix(node)) return matrix_table(node);
    std::vector<Row> rows;
    collect_rows(node, "", group, rows);
    if (rows.empty()) throw std::invalid_argument("no keys in " + std::string(selector));
    std::ostringstream out;
    out << "| key | unit | default | range | source or rationale |\n|---|---|---|---|---|\n";
    for (const auto& [key, field] : rows) {
        const Node& leaf = field->node->kind == Kind::array ? *field->node->items : *field->node;
        out << "| `" << key << "` | " << cell(leaf.unit.empty() ? "—" : leaf.unit) << " | "
            << cell(default_cell(*field)) << " | " << cell(allowed_values(*field->node)) << " | "
            << cell(field->source.empty() ? "—" : field->source) << " |\n";
    }
    return out.str();
}

json json_schema() {
    json out = to_json_schema(schema::scenario());
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    out["title"] = "coopsim scenario";
    out["description"] =
        "A scenario of decentralised international development cooperation in Colombian "
        "territories; see docs/SCENARIOS.md. Rules across keys are listed under x-rules.";
    json rules = json::array();
    for (const auto& rule : schema::rules())
        rules.push_back(rule.description);
    out["x-rules"] = std::move(rules);
    return out;
}

std::string schema_markdown() {
    std::ostringstream out;
    out << "<!-- Generated from sim/scenario/schema.cpp; edit the table there, not here. -->\n\n";
    write_tables(out, schema::scenario(), "");
    out << "### Rules across keys\n\n";
    for (const auto& rule : schema::rules())
        out << "- " << rule.description << "\n";
    return out.str();
}

}  // namespace coopsim::scenario
