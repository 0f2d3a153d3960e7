#pragma once
// The stages of one simulated year, in the order the year loop runs them (model brief,
// "One simulated year, in stages"). Each stage has its own file in this folder.
#include <cstdint>

#include "sim/engine/world.hpp"

namespace coopsim::stages {

// 1. Donor budgets, elections, conflict events, the national agency's programme, regional
//    allies' support and the scenario's scripted strategy milestones.
void context(engine::World& world);
// 2. Local actors choose to articulate through the committee or act alone, learning from
//    last year's payoffs.
void actor_choice(engine::World& world);
// 3. Governments set their international effort: strategy stage changes, committee, budget
//    line, capacity building, networks and twinning.
void government_effort(engine::World& world);
// 4. Proposals are formed: committee or government proposals and lone-actor proposals, each
//    addressed to one donor through one route.
void proposals(engine::World& world);
// 5. Donors decide: renewals with trusted partners first, then new proposals ranked by the
//    donor's weights, within budget and partner limit.
void donor_decisions(engine::World& world);
// 6. Projects disburse; those ending this year succeed or fail; outcomes feed trust,
//    visibility, capacity and unmet needs.
void projects(engine::World& world);
// 7. Memory: at a change of government a strategy not carried by empowered actors or
//    formalised may lapse and lose capacity.
void memory(engine::World& world);
// (8. The year is recorded: sim/stages/record.hpp.)

// A newly elected mayor's priority for international action, Beta(priority_alpha,
// priority_beta), drawn from the stream (seed, mayor_priority, territory, year).
double draw_mayor_priority(const engine::World& world, std::size_t territory, int year);

// True when a government term starts in `year` (Colombian mayors: elected together every
// term_years, terms starting on 1 January after the election).
bool is_term_start(const scenario::Parameters& parameters, int year);

}  // namespace coopsim::stages
