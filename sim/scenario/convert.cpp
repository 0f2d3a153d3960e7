// The typed scenario from a validated document, through the members the schema table binds each
// key to (schema.cpp, schema_binding.hpp): this file knows no key by name.
#include "sim/scenario/convert.hpp"

#include "sim/scenario/schema.hpp"
#include "sim/scenario/schema_binding.hpp"

namespace coopsim::scenario {

Scenario to_scenario(const nlohmann::json& document) {
    Scenario s;
    schema::read_fields(schema::scenario(), document, &s, typeid(Scenario));
    s.resolved_json = document.dump();
    return s;
}

nlohmann::json to_document(const Scenario& scenario) {
    return schema::write_fields(schema::scenario(), &scenario, typeid(Scenario));
}

}  // namespace coopsim::scenario
