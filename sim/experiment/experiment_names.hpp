#pragma once
// The names of experiment.hpp's enums as written in experiment files and sweep outputs, in
// enumerator order: the schema's allowed values, the loader's parse and to_string all read
// these (the scenario side's mechanism, sim/scenario/enum_names.hpp).
#include <array>

#include "sim/experiment/experiment.hpp"
#include "sim/scenario/enum_names.hpp"

namespace coopsim::scenario {

template <>
struct EnumNames<experiment::DistributionKind> {
    static constexpr std::array<const char*, 4> names{"uniform", "log_uniform", "normal",
                                                      "triangular"};
};
template <>
struct EnumNames<experiment::FactorOperation> {
    static constexpr std::array<const char*, 2> names{"set", "scale"};
};
template <>
struct EnumNames<experiment::DesignKind> {
    static constexpr std::array<const char*, 4> names{"full_factorial", "latin_hypercube", "morris",
                                                      "saltelli"};
};
template <>
struct EnumNames<experiment::Keep> {
    static constexpr std::array<const char*, 2> names{"summaries", "trajectories"};
};

}  // namespace coopsim::scenario
