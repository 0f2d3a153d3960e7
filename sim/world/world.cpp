#include "sim/world/world.hpp"

#include "sim/world/elections.hpp"

namespace coopsim::engine {

World make_world(const scenario::Scenario& scenario) {
    World world;
    world.scenario = &scenario;
    world.year = scenario.start_year;
    world.territories = agents::make_territories(scenario);
    world.actors = agents::make_local_actors(scenario);
    world.donors = agents::make_donors(scenario, world.territories.department_names);
    world.allies = agents::make_regional_allies(scenario);
    world.donor_trust.assign(world.territories.size() * world.donors.size(), 0.0);
    world.proposals_by_territory.assign(world.territories.size(), {});
    world.donor_active_last_year.assign(world.territories.size() * world.donors.size(), 0);
    // Mayors in office when the run starts were elected before it: draw their priority with
    // the year before the start, so it never coincides with a later election's draw.
    auto& priority = world.territories.mayor_priority;
    for (std::size_t t = 0; t < priority.size(); ++t)
        if (priority[t] < 0.0) priority[t] = draw_mayor_priority(world, t, scenario.start_year - 1);
    return world;
}

}  // namespace coopsim::engine
