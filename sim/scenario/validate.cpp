#include "sim/scenario/validate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>

#include "sim/scenario/did_you_mean.hpp"
#include "sim/scenario/field_path.hpp"
#include "sim/scenario/messages.hpp"

namespace coopsim::scenario {

namespace {

using nlohmann::json;
using schema::Kind;
using schema::Node;
using schema::Problem;

// Above this many keys a list of them helps less than the reference does.
constexpr std::size_t kMostKeysListed = 12;

class Validator {
  public:
    explicit Validator(std::vector<Problem>& problems) : problems_(problems) {}

    void visit(json& value, const Node& node, const std::string& pointer) {
        switch (node.kind) {
            case Kind::object:
                return visit_object(value, node, pointer);
            case Kind::array:
                return visit_array(value, node, pointer);
            case Kind::any:
                return;
            case Kind::map:
                // Overrides are applied to the items they name, and then validated there, before
                // the document reaches this check (load.cpp); only their shape is left to see.
                if (!value.is_object()) wrong(value, node, pointer);
                return;
            case Kind::number:
                return check_number(value, node, pointer);
            case Kind::integer:
                return check_integer(value, node, pointer);
            case Kind::string:
                return check_string(value, node, pointer);
            case Kind::boolean:
                if (!value.is_boolean()) wrong(value, node, pointer);
                return;
        }
    }

  private:
    void wrong(const json& value, const Node& node, const std::string& pointer,
               const std::string& hint = {}) {
        problems_.push_back(
            {pointer, "expected " + schema::expected(node) + ", got " + shown(value) + hint});
    }

    void visit_object(json& value, const Node& node, const std::string& pointer) {
        if (!value.is_object()) return wrong(value, node, pointer);
        for (const auto& [name, member] : value.items()) {
            if (node.find(name)) continue;
            problems_.push_back({child_pointer(pointer, name), unknown_key(name, node)});
        }
        for (const auto& field : node.fields) {
            const std::string child = child_pointer(pointer, field.name);
            if (auto it = value.find(field.name); it != value.end()) {
                visit(*it, *field.node, child);
                continue;
            }
            switch (field.fallback.kind()) {
                case schema::Default::Kind::required:
                    problems_.push_back(
                        {child, "missing required key; expected " + schema::expected(*field.node)});
                    break;
                case schema::Default::Kind::value:
                case schema::Default::Kind::from_fields:
                    value[field.name] = schema::default_of(field);
                    break;
                case schema::Default::Kind::absent:
                    break;
            }
        }
    }

    static std::string unknown_key(const std::string& name, const Node& node) {
        const auto names = node.field_names();
        std::string message = "unknown key " + in_quotes(name);
        if (const auto suggestion = nearest(name, names)) {
            return message + "; did you mean " + in_quotes(*suggestion) + "?";
        }
        if (names.size() > kMostKeysListed) return message + " (see docs/SCENARIOS.md)";
        std::string listed;
        for (const auto& known : names)
            listed += (listed.empty() ? "" : ", ") + known;
        return message + "; known keys here: " + listed;
    }

    void visit_array(json& value, const Node& node, const std::string& pointer) {
        if (!value.is_array()) return wrong(value, node, pointer);
        if (value.size() < node.min_items) return wrong(value, node, pointer);
        if (node.max_items && value.size() > *node.max_items) {
            problems_.push_back({pointer, "expected at most " + std::to_string(*node.max_items) +
                                              " items, got " + std::to_string(value.size())});
        }
        std::set<std::string> seen;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const std::string child = child_pointer(pointer, i);
            visit(value[i], *node.items, child);
            if (node.unique_items && !seen.insert(value[i].dump()).second) {
                problems_.push_back(
                    {child, "expected each item at most once, got " + shown(value[i]) + " again"});
            }
        }
    }

    bool in_range(double x, const schema::Range& range) const {
        if (range.min && (range.min->exclusive ? x <= range.min->value : x < range.min->value))
            return false;
        if (range.max && (range.max->exclusive ? x >= range.max->value : x > range.max->value))
            return false;
        return true;
    }

    void check_number(const json& value, const Node& node, const std::string& pointer) {
        // Documents built in memory can hold NaN or infinity, which JSON text cannot.
        if (!value.is_number() || !std::isfinite(value.get<double>()) ||
            !in_range(value.get<double>(), node.range)) {
            wrong(value, node, pointer);
        }
    }

    // An integer key takes an integral number of any JSON spelling (7, 7.0, 7e0) that fits in
    // 32 bits and the range; it is stored back as an integer so resolved_json shows "7".
    void check_integer(json& value, const Node& node, const std::string& pointer) {
        if (!value.is_number()) return wrong(value, node, pointer);
        const std::optional<std::int64_t> whole = as_int64(value);
        if (!whole) {
            const double x = value.get<double>();
            const bool integral = std::isfinite(x) && x == std::floor(x);
            return wrong(value, node, pointer, integral ? "" : " (not a whole number)");
        }
        if (!in_range(static_cast<double>(*whole), node.range)) return wrong(value, node, pointer);
        const bool fits = *whole >= std::numeric_limits<std::int32_t>::min() &&
                          *whole <= std::numeric_limits<std::int32_t>::max();
        if (!fits && !node.wide_integer) return wrong(value, node, pointer, " (beyond 32 bits)");
        value = *whole;
    }

    static std::optional<std::int64_t> as_int64(const json& value) {
        if (value.is_number_integer() && !value.is_number_unsigned())
            return value.get<std::int64_t>();
        if (value.is_number_unsigned()) {
            const auto u = value.get<std::uint64_t>();
            if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return std::nullopt;
            return static_cast<std::int64_t>(u);
        }
        const double x = value.get<double>();
        // 2^63 is exactly representable; anything at or past it would overflow the cast (UB).
        constexpr double kTwo63 = 9223372036854775808.0;
        if (!std::isfinite(x) || x != std::floor(x) || x < -kTwo63 || x >= kTwo63)
            return std::nullopt;
        return static_cast<std::int64_t>(x);
    }

    void check_string(const json& value, const Node& node, const std::string& pointer) {
        if (!value.is_string()) return wrong(value, node, pointer);
        const auto& text = value.get_ref<const std::string&>();
        if (!is_valid_utf8(text)) {
            problems_.push_back({pointer, "expected valid UTF-8 text, got invalid bytes"});
        } else if (node.non_empty && text.empty()) {
            wrong(value, node, pointer);
        } else if (!node.allowed.empty() && std::find(node.allowed.begin(), node.allowed.end(),
                                                      text) == node.allowed.end()) {
            wrong(value, node, pointer, did_you_mean(text, node.allowed));
        }
    }

    std::vector<Problem>& problems_;
};

}  // namespace

std::vector<Problem> validate(json& document, const Node& node) {
    std::vector<Problem> problems;
    Validator(problems).visit(document, node, "");
    return problems;
}

std::vector<Problem> check_rules(const json& document, const std::vector<schema::Rule>& rules) {
    std::vector<Problem> problems;
    for (const auto& rule : rules)
        rule.check(document, problems);
    return problems;
}

}  // namespace coopsim::scenario
