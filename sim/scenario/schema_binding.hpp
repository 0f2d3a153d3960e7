#pragma once
// Keys bound to struct members. A key of the schema table is declared once, with the member of
// the scenario structs (scenario.hpp) that holds its value:
//
//     key("lapse_rate", &Parameters::lapse_rate, share(), 0.6, "Chance that ...")
//
// and from that one declaration the converter reads a validated document into the structs
// (`read_fields`) and writes the structs back as a document (`write_fields`), so no key can be
// validated, defaulted and documented but forgotten on its way into the model. Only schema.cpp
// declares keys this way; everything else sees the type-erased `Binding` of schema.hpp.
#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <vector>

#include <nlohmann/json.hpp>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/schema.hpp"

namespace coopsim::scenario::schema {

// Reads the members of the object `owner` points at (a `type`) from `value`, an object that
// passed validation against `node`: each bound field from its key, each object field whose own
// fields are bound to `type` from its sub-object. A field with neither is a bug (std::logic_error).
void read_fields(const Node& node, const nlohmann::json& value, void* owner,
                 const std::type_info& type);
// The object `node` describes, from the members of `owner` (a `type`).
nlohmann::json write_fields(const Node& node, const void* owner, const std::type_info& type);

namespace binding {

template <class T>
inline constexpr bool is_vector = false;
template <class T>
inline constexpr bool is_vector<std::vector<T>> = true;
template <class T>
inline constexpr bool is_optional = false;
template <class T>
inline constexpr bool is_optional<std::optional<T>> = true;
template <class T>
inline constexpr bool is_struct = std::is_class_v<T> && !std::is_same_v<T, std::string>;

template <class T>
void read_value(const Node& node, const nlohmann::json& value, T& out) {
    if constexpr (std::is_enum_v<T>) {
        out = validated_enum<T>(value.get<std::string>());
    } else if constexpr (is_vector<T>) {
        out.clear();
        for (const auto& item : value)
            read_value(*node.items, item, out.emplace_back());
        if constexpr (requires { out.front().year; }) {
            // Year-indexed lists are looked up year by year: sorted, listed order kept on ties.
            if (node.sorted_by_year) {
                std::stable_sort(out.begin(), out.end(),
                                 [](const auto& a, const auto& b) { return a.year < b.year; });
            }
        }
    } else if constexpr (is_optional<T>) {
        read_value(node, value, out.emplace());
    } else if constexpr (is_struct<T>) {
        read_fields(node, value, &out, typeid(T));
    } else {
        out = value.get<T>();
    }
}

template <class T>
nlohmann::json write_value(const Node& node, const T& value) {
    if constexpr (std::is_enum_v<T>) {
        return name_of(value);
    } else if constexpr (is_vector<T>) {
        auto items = nlohmann::json::array();
        for (const auto& item : value)
            items.push_back(write_value(*node.items, item));
        return items;
    } else if constexpr (is_optional<T>) {
        return value ? write_value(node, *value) : nlohmann::json();  // null: the key is absent
    } else if constexpr (is_struct<T>) {
        return write_fields(node, &value, typeid(T));
    } else {
        return value;
    }
}

// `access(owner)` is the member of an `Owner` that holds the value of a key described by `node`.
template <class Owner, class Access>
Binding bind(Access access, const NodePtr& node) {
    Binding binding;
    binding.owner = &typeid(Owner);
    binding.read = [access, node](const nlohmann::json& value, void* owner) {
        read_value(*node, value, access(*static_cast<Owner*>(owner)));
    };
    binding.write = [access, node](const void* owner) {
        // `access` only reads here: the member is written out, never changed.
        return write_value(*node, access(*const_cast<Owner*>(static_cast<const Owner*>(owner))));
    };
    return binding;
}

}  // namespace binding

// A key held by `member` of `Owner`.
template <class Owner, class Member>
Field key(std::string name, Member Owner::*member, NodePtr node, Default fallback,
          std::string description) {
    Field field =
        key(std::move(name), std::move(node), std::move(fallback), std::move(description));
    field.binding = binding::bind<Owner>(
        [member](Owner& owner) -> Member& { return owner.*member; }, field.node);
    return field;
}

// A key held by the element of `Owner` that `access` returns (an item of a fixed array).
template <class Owner, class Access>
requires std::is_invocable_v<Access, Owner&> Field key_held_by(std::string name, Access access,
                                                               NodePtr node, Default fallback,
                                                               std::string description) {
    Field field =
        key(std::move(name), std::move(node), std::move(fallback), std::move(description));
    field.binding = binding::bind<Owner>(access, field.node);
    return field;
}

}  // namespace coopsim::scenario::schema
