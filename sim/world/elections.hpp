#pragma once
// Mayoral terms and a new mayor's priority: used at set-up (the mayors in office when a run
// starts) and by stage 1 (context) at every election.
#include <cstddef>

#include "sim/scenario/scenario.hpp"
#include "sim/world/world.hpp"

namespace coopsim::engine {

// True when a government term starts in `year` (Colombian mayors: elected together every
// term_years, terms starting on 1 January after the election; Legislative Act 02 of 2002).
bool is_term_start(const scenario::Parameters& parameters, int year);

// A newly elected mayor's priority for international action, Beta(priority_alpha,
// priority_beta), drawn from the stream (seed, mayor_priority, territory, year).
double draw_mayor_priority(const World& world, std::size_t territory, int year);

}  // namespace coopsim::engine
