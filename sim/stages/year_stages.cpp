// The seven stages in the brief's order, each handed the tables of the world it may write.
#include "sim/stages/stages.hpp"

namespace coopsim::stages {

using engine::World;

void context(World& w) {
    context(w, {w.cop_per_usd, w.territories, w.donors});
}
void actor_choice(World& w) {
    actor_choice(w, w.territories, w.actors);
}
void government_effort(World& w) {
    government_effort(w, w.territories);
}
void proposals(World& w) {
    proposals(w, {w.proposals_by_territory, w.territories, w.donor_trust});
}
void donor_decisions(World& w) {
    donor_decisions(w, w.donors, w.projects);
}
void projects(World& w) {
    projects(w, {w.territories, w.actors, w.donors, w.projects, w.donor_trust,
                 w.donor_active_last_year, w.ledger});
}
void memory(World& w) {
    memory(w, w.territories);
}

const std::array<YearStage, kStagesPerYear>& year_stages() {
    using Run = void (*)(World&);
    static const std::array<YearStage, kStagesPerYear> stages{{
        {"context", static_cast<Run>(context)},
        {"actor_choice", static_cast<Run>(actor_choice)},
        {"government_effort", static_cast<Run>(government_effort)},
        {"proposals", static_cast<Run>(proposals)},
        {"donor_decisions", static_cast<Run>(donor_decisions)},
        {"projects", static_cast<Run>(projects)},
        {"memory", static_cast<Run>(memory)},
    }};
    return stages;
}

}  // namespace coopsim::stages
