#pragma once
// The declared schema of experiment files: every key with its type, default, range and
// meaning, in the same table language as scenarios (sim/scenario/schema.hpp). Validation,
// `coopsim schema --experiment` and the reference in docs/EXPERIMENTS.md come from it.
#include <vector>

#include "sim/scenario/schema.hpp"

namespace coopsim::experiment {

const scenario::schema::Node& experiment_schema();
const std::vector<scenario::schema::Rule>& experiment_rules();

}  // namespace coopsim::experiment
