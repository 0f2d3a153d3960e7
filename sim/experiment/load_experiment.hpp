#pragma once
// Reading an experiment file: strict JSON -> the declared schema (defaults filled) -> rules
// across keys -> checks that need the base scenario (it loads; every factor's path takes a
// value there) -> typed Experiment. Every problem throws coopsim::ScenarioError naming the
// experiment file and the field path, so `coopsim sweep` exits with code 2.
#include <filesystem>

#include "sim/experiment/experiment.hpp"

namespace coopsim::experiment {

Experiment load_experiment(const std::filesystem::path& file);

// The --set overrides that give the base scenario the factors' values of one run (a value per
// factor, in the experiment's order): "PATH=VALUE" or, for scaled factors, "PATH*=FACTOR".
std::vector<std::string> factor_overrides(const Experiment& experiment,
                                          const std::vector<nlohmann::json>& values);

}  // namespace coopsim::experiment
