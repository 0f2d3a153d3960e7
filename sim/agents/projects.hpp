#pragma once
// Cooperation projects: an append-only table, one column per field, indexed by project id
// (the order of approval, which is fixed: donors in scenario order, each in ranking order).
#include <cstdint>
#include <vector>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::agents {

enum class ProjectOutcome : std::int8_t { ongoing = 0, success = 1, failure = 2 };

// Who carries a project in the territory.
enum class ProjectCarrier : std::int8_t {
    government = 0,  // the local government alone (no committee)
    committee = 1,   // the municipal committee: the pooled effort of articulated actors
    actor = 2,       // one local actor acting alone
};

}  // namespace coopsim::agents

// The names of the projects' enums, as /projects/outcome and /projects/carrier write them.
template <>
struct coopsim::scenario::EnumNames<coopsim::agents::ProjectOutcome> {
    static constexpr std::array<const char*, 3> names{"ongoing", "success", "failure"};
};
template <>
struct coopsim::scenario::EnumNames<coopsim::agents::ProjectCarrier> {
    static constexpr std::array<const char*, 3> names{"government", "committee", "actor"};
};

namespace coopsim::agents {

struct ProjectTerms {
    int donor = 0;
    int territory = 0;
    int actor = -1;
    scenario::Route route = scenario::Route::official_open_call;
    ProjectCarrier carrier = ProjectCarrier::government;
    bool regional = false;
    bool renewal = false;
    double amount_usd = 0;
    int approved_year = 0;
    int start_year = 0;
    int duration = 1;
};

struct Projects {
    std::vector<int> donor, territory, actor;
    std::vector<scenario::Route> route;
    std::vector<ProjectCarrier> carrier;
    std::vector<std::uint8_t> regional, renewal;
    std::vector<double> amount_usd;
    std::vector<int> approved_year, start_year, duration;
    // Running totals and result.
    std::vector<double> disbursed_usd, disbursed_cop;
    std::vector<ProjectOutcome> outcome;

    std::size_t size() const { return donor.size(); }
    int end_year(std::size_t p) const { return start_year[p] + duration[p] - 1; }
    bool active_in(std::size_t p, int year) const {
        return start_year[p] <= year && year <= end_year(p);
    }
    double yearly_tranche_usd(std::size_t p) const { return amount_usd[p] / duration[p]; }

    void add(const ProjectTerms& terms);
};

}  // namespace coopsim::agents
