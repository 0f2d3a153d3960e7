// Reading a validated document into the structs its keys are bound to, and writing them back.
#include "sim/scenario/schema_binding.hpp"

#include <stdexcept>

namespace coopsim::scenario::schema {

namespace {

// An object key with no member of its own whose fields all belong to `type`: its sub-object is
// read into, and written from, the enclosing struct (`years` into Scenario::start_year, ...).
bool holds_members_of(const Field& field, const std::type_info& type) {
    if (field.binding.owner || field.node->kind != Kind::object || field.node->fields.empty())
        return false;
    for (const auto& child : field.node->fields) {
        const bool belongs =
            child.binding.owner ? *child.binding.owner == type : holds_members_of(child, type);
        if (!belongs) return false;
    }
    return true;
}

// The binding of `field` in a struct of `type`, or nullptr when its sub-object is read into that
// struct itself; std::logic_error when the schema table left the key without a member.
const Binding* binding_in(const Field& field, const std::type_info& type) {
    if (field.binding.owner) {
        if (*field.binding.owner != type) {
            throw std::logic_error("schema key \"" + field.name + "\" is bound to a member of " +
                                   field.binding.owner->name() + ", read into a " + type.name());
        }
        return &field.binding;
    }
    if (holds_members_of(field, type)) return nullptr;
    throw std::logic_error("schema key \"" + field.name + "\" has no struct member to hold it");
}

}  // namespace

void read_fields(const Node& node, const nlohmann::json& value, void* owner,
                 const std::type_info& type) {
    for (const auto& field : node.fields) {
        if (field.consumed_by_loader) continue;
        const Binding* binding = binding_in(field, type);
        const auto found = value.find(field.name);
        if (found == value.end()) continue;  // optional with no default: the member keeps its own
        if (binding) {
            binding->read(*found, owner);
        } else {
            read_fields(*field.node, *found, owner, type);
        }
    }
}

nlohmann::json write_fields(const Node& node, const void* owner, const std::type_info& type) {
    auto object = nlohmann::json::object();
    for (const auto& field : node.fields) {
        if (field.consumed_by_loader) continue;
        const Binding* binding = binding_in(field, type);
        auto value = binding ? binding->write(owner) : write_fields(*field.node, owner, type);
        if (!value.is_null()) object[field.name] = std::move(value);
    }
    return object;
}

}  // namespace coopsim::scenario::schema
