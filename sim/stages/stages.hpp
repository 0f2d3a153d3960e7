#pragma once
// The stages of one simulated year, in the order the year loop runs them (model brief,
// "One simulated year, in stages"). Each stage has its own file in this folder.
//
// Contracts: a stage reads the whole world through a const reference and writes only the tables
// handed to it writable, named in its declaration below (year_stages() hands them over from the
// world). Inside a stage, a parallel loop writes only its own index of those tables; everything
// else it reads. tests/sim/stages/stage_contracts_test.cpp lists, per stage, the columns that
// change, and fails when a stage changes any other.
#include <array>
#include <cstdint>
#include <vector>

#include "sim/world/world.hpp"

namespace coopsim::stages {

// 1. Donor budgets, elections, conflict events, the national agency's programme, regional
//    allies' support and the scenario's scripted strategy milestones.
struct ContextWrites {
    double& cop_per_usd;               // this year's exchange rate
    agents::Territories& territories;  // elections, conflict, capacities, stage, allies' support
    agents::Donors& donors;            // this year's budgets
};
void context(const engine::World& world, ContextWrites out);

// 2. Local actors choose to articulate through the committee or act alone, learning from
//    last year's payoffs. Writes the actors' choices and the territories' articulation.
void actor_choice(const engine::World& world, agents::Territories& territories,
                  agents::LocalActors& actors);

// 3. Governments set their international effort: strategy stage changes, committee, budget
//    line, capacity building, networks and twinning. Writes the territories.
void government_effort(const engine::World& world, agents::Territories& territories);

// 4. Proposals are formed: committee or government proposals and lone-actor proposals, each
//    addressed to one donor through one route.
struct ProposalsWrites {
    std::vector<std::vector<engine::Proposal>>& proposals_by_territory;  // this year's, anew
    agents::Territories& territories;                                    // proposals written
    std::vector<double>& donor_trust;  // contact builds trust, at world.pair(t, d)
};
void proposals(const engine::World& world, ProposalsWrites out);

// 5. Donors decide: renewals with trusted partners first, then new proposals ranked by the
//    donor's weights, within budget and partner limit. Writes the donors' yearly decisions and
//    appends the approved projects.
void donor_decisions(const engine::World& world, agents::Donors& donors,
                     agents::Projects& projects);

// 6. Projects disburse; those ending this year succeed or fail; outcomes feed trust,
//    visibility, capacity and unmet needs.
struct ProjectsWrites {
    agents::Territories& territories;  // money received, capacity, visibility, needs
    agents::LocalActors& actors;       // money received, payoffs, trust in government
    agents::Donors& donors;            // what each paid out, partners
    agents::Projects& projects;        // disbursed, outcomes
    std::vector<double>& donor_trust;  // outcomes and contact, at world.pair(t, d)
    std::vector<std::uint8_t>& donor_active_last_year;  // this year's, for the next
    engine::YearLedger& ledger;                         // this year's flows, anew
};
void projects(const engine::World& world, ProjectsWrites out);

// 7. Memory: at a change of government a strategy not carried by empowered actors or
//    formalised may lapse and lose capacity. Writes the territories.
void memory(const engine::World& world, agents::Territories& territories);

// (8. The year is recorded: sim/stages/record.hpp.)

// Each stage run on a whole world, handed the tables it writes from that world (the year loop,
// tests).
void context(engine::World& world);
void actor_choice(engine::World& world);
void government_effort(engine::World& world);
void proposals(engine::World& world);
void donor_decisions(engine::World& world);
void projects(engine::World& world);
void memory(engine::World& world);

// The stages of the year in the order the year loop runs them.
struct YearStage {
    const char* name;  // as in engine::StageTimes::names
    void (*run)(engine::World& world);
};
inline constexpr std::size_t kStagesPerYear = 7;
const std::array<YearStage, kStagesPerYear>& year_stages();

}  // namespace coopsim::stages
