#include "sim/world/elections.hpp"

#include "sim/random/random_stream.hpp"

namespace coopsim::engine {

bool is_term_start(const scenario::Parameters& parameters, int year) {
    const int offset = year - parameters.first_term_start;
    return ((offset % parameters.term_years) + parameters.term_years) % parameters.term_years == 0;
}

double draw_mayor_priority(const World& world, std::size_t territory, int year) {
    RandomStream rng(world.seed(), Purpose::mayor_priority, AgentKind::territory, territory, year);
    const auto& p = world.parameters();
    return rng.beta(p.priority_alpha, p.priority_beta);
}

}  // namespace coopsim::engine
