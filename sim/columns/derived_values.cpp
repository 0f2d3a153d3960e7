#include "sim/columns/derived_values.hpp"

#include <numeric>

namespace coopsim::columns::derived {

namespace {

std::vector<I32> ids(std::size_t count) {
    std::vector<I32> out(count);
    std::iota(out.begin(), out.end(), 0);
    return out;
}

template <class Item, class F>
auto each(const std::vector<Item>& items, F value) {
    std::vector<decltype(value(items.front()))> out;
    out.reserve(items.size());
    for (const auto& item : items)
        out.push_back(value(item));
    return out;
}

std::vector<I32> dane_codes(const engine::World& w, const std::vector<int>& territories) {
    return each(territories,
                [&](int t) { return w.territories.dane_code[static_cast<std::size_t>(t)]; });
}

std::vector<double> disbursed(const engine::World& w, double per_cop) {
    std::vector<double> v(w.donors.size());
    for (std::size_t d = 0; d < v.size(); ++d)
        v[d] = (w.donors.territorial_cop[d] + w.donors.national_cop[d]) * per_cop;
    return v;
}

// Proposals written this year through each route; only the regional (bundled) ones when asked.
std::vector<I32> proposals_by_route(const engine::World& w, bool regional_only) {
    std::vector<I32> counts(scenario::kRouteCount, 0);
    for (const auto& list : w.proposals_by_territory)
        for (const auto& proposal : list)
            if (!regional_only || proposal.regional) ++counts[static_cast<int>(proposal.route)];
    return counts;
}

}  // namespace

std::vector<I32> years(const Recorded& r) {
    return r.years;
}
std::vector<I32> donor_ids(const Recorded& r) {
    return ids(r.world.donors.size());
}
std::vector<I32> actor_ids(const Recorded& r) {
    return ids(r.world.actors.size());
}
std::vector<I32> route_ids(const Recorded&) {
    return ids(scenario::kRouteCount);
}
std::vector<I32> flow_ids(const Recorded& r) {
    return ids(r.flows.size());
}
std::vector<I32> project_ids(const Recorded& r) {
    return ids(r.world.projects.size());
}

std::vector<std::string> territory_names(const Recorded& r) {
    return each(r.world.scenario->territories, [](const auto& spec) { return spec.name; });
}
std::vector<std::string> department_names(const Recorded& r) {
    return each(r.world.scenario->territories, [](const auto& spec) { return spec.department; });
}
std::vector<std::string> donor_names(const Recorded& r) {
    return each(r.world.donors.spec, [](const auto* spec) { return spec->name; });
}
std::vector<std::string> donor_types(const Recorded& r) {
    return each(r.world.donors.spec,
                [](const auto* spec) { return std::string(scenario::name_of(spec->type)); });
}
std::vector<std::string> donor_presences(const Recorded& r) {
    return each(r.world.donors.spec,
                [](const auto* spec) { return std::string(scenario::name_of(spec->presence)); });
}
std::vector<I32> actor_dane_codes(const Recorded& r) {
    return dane_codes(r.world, r.world.actors.territory);
}
std::vector<std::string> route_names(const Recorded&) {
    return {scenario::EnumNames<scenario::Route>::names.begin(),
            scenario::EnumNames<scenario::Route>::names.end()};
}

std::vector<double> cop_per_usd(const Recorded& r) {
    return {r.world.cop_per_usd};
}
std::vector<double> national_cop(const Recorded& r) {
    return {r.world.ledger.national_cop};
}
std::vector<double> national_usd(const Recorded& r) {
    return {r.world.ledger.national_usd};
}

std::vector<double> donor_disbursed_cop(const Recorded& r) {
    return disbursed(r.world, 1.0);
}
std::vector<double> donor_disbursed_usd(const Recorded& r) {
    return disbursed(r.world, 1.0 / r.world.cop_per_usd);
}

std::vector<I32> route_proposals(const Recorded& r) {
    return proposals_by_route(r.world, false);
}
std::vector<I32> route_regional_proposals(const Recorded& r) {
    return proposals_by_route(r.world, true);
}
std::vector<double> route_received_cop(const Recorded& r) {
    return {r.world.ledger.route_cop.begin(), r.world.ledger.route_cop.end()};
}

std::vector<I32> flow_years(const Recorded& r) {
    return r.flow_years;
}
std::vector<I32> flow_donors(const Recorded& r) {
    return each(r.flows, [](const engine::Flow& f) { return static_cast<I32>(f.donor); });
}
std::vector<I32> flow_dane_codes(const Recorded& r) {
    return dane_codes(r.world, each(r.flows, [](const engine::Flow& f) { return f.territory; }));
}
std::vector<I32> flow_routes(const Recorded& r) {
    return each(r.flows, [](const engine::Flow& f) { return static_cast<I32>(f.route); });
}
std::vector<double> flow_cop(const Recorded& r) {
    return each(r.flows, [](const engine::Flow& f) { return f.cop; });
}
std::vector<double> flow_usd(const Recorded& r) {
    return each(r.flows, [](const engine::Flow& f) { return f.usd; });
}

std::vector<I32> project_dane_codes(const Recorded& r) {
    return dane_codes(r.world, r.world.projects.territory);
}

}  // namespace coopsim::columns::derived
