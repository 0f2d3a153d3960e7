// The `--map COLUMN=FIELD[:UNIT]` half of territory_import.hpp: which fields a column can give
// and in which units.
#include <algorithm>
#include <array>
#include <utility>

#include "sim/errors.hpp"
#include "sim/scenario/did_you_mean.hpp"
#include "sim/scenario/messages.hpp"
#include "sim/scenario/schema.hpp"
#include "sim/scenario/territory_import.hpp"

namespace coopsim::scenario {

namespace {

constexpr std::array<std::pair<std::string_view, Unit>, 3> kUnits{{
    {"percent", Unit::percent},
    {"thousands", Unit::thousands},
    {"millions", Unit::millions},
}};

std::string without_spaces_around(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return "";
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

std::vector<std::string> unit_names() {
    std::vector<std::string> names;
    for (const auto& [name, unit] : kUnits)
        names.emplace_back(name);
    return names;
}

std::string comma_separated(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

Unit unit_named(const std::string& name, const std::string& given) {
    if (name.empty()) return Unit::as_is;
    for (const auto& [known, unit] : kUnits) {
        if (known == name) return unit;
    }
    const auto names = unit_names();
    throw UsageError("--map " + in_quotes(given) + ": unknown unit " + in_quotes(name) +
                     did_you_mean(name, names) + "; units: " + comma_separated(names));
}

// Percentages make shares; thousands and millions scale any other number.
void check_unit_applies(const ColumnMapping& mapping) {
    if (mapping.unit == Unit::as_is) return;
    const schema::Field* field = schema::territory().find(mapping.field);
    const bool number = field && field->node->kind == schema::Kind::number;
    const bool share = number && field->node->range.max && field->node->range.max->value <= 1;
    if (mapping.unit == Unit::percent && !share) {
        throw UsageError("--map " + in_quotes(mapping.given) + ": percent converts to a share, " +
                         "and " + mapping.field + " is not a share (a field in [0, 1])");
    }
    if (!number) {
        throw UsageError("--map " + in_quotes(mapping.given) + ": " + mapping.field +
                         " is not a number, so it takes no unit");
    }
}

}  // namespace

std::vector<std::string> importable_fields() {
    std::vector<std::string> fields;
    for (const auto& field : schema::territory().fields) {
        if (field.node->is_scalar()) fields.push_back(field.name);
    }
    fields.emplace_back(kDepartmentCode);
    return fields;
}

ColumnMapping parse_column_mapping(std::string_view text) {
    ColumnMapping mapping;
    mapping.given = std::string(text);
    const auto equals = text.rfind('=');
    std::string target;
    if (equals != std::string_view::npos) {
        mapping.column = without_spaces_around(text.substr(0, equals));
        target = without_spaces_around(text.substr(equals + 1));
    }
    std::string unit;
    if (const auto colon = target.find(':'); colon != std::string::npos) {
        unit = without_spaces_around(std::string_view(target).substr(colon + 1));
        target = without_spaces_around(std::string_view(target).substr(0, colon));
    }
    if (mapping.column.empty() || target.empty()) {
        throw UsageError("--map: expected COLUMN=FIELD or COLUMN=FIELD:UNIT, got " +
                         in_quotes(mapping.given));
    }
    const auto fields = importable_fields();
    if (std::find(fields.begin(), fields.end(), target) == fields.end()) {
        throw UsageError("--map " + in_quotes(mapping.given) + ": unknown field " +
                         in_quotes(target) +
                         (nearest(target, fields) ? did_you_mean(target, fields)
                                                  : "; fields: " + comma_separated(fields)));
    }
    mapping.field = std::move(target);
    mapping.unit = unit_named(unit, mapping.given);
    check_unit_applies(mapping);
    return mapping;
}

}  // namespace coopsim::scenario
