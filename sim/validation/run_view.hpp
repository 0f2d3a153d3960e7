#pragma once
// One run as the fact measures read it: the record's columns by path, with the scenario for
// what the record does not hold (distances, donor types are in both; distance only here).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "output/run_record.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::validation {

class RunView {
  public:
    RunView(const output::RunRecord& record, const scenario::Scenario& scenario);

    const scenario::Scenario& scenario() const { return scenario_; }
    const std::vector<double>& years() const { return years_; }
    std::size_t territories() const { return territories_; }
    std::size_t donors() const { return donors_; }
    std::size_t routes() const { return routes_; }
    std::size_t projects() const { return projects_; }

    // Index of `year` on the year axis, or -1 when the run does not simulate it.
    int year_index(int year) const;
    // A numeric column of `rows` x (axis length) values, read once and kept; throws
    // std::logic_error when the record lacks it (a measure and the recorder disagree).
    const std::vector<double>& per_year(std::string_view path, std::size_t axis_length);
    const std::vector<double>& per_item(std::string_view path, std::size_t length);

  private:
    const std::vector<double>& cached(std::string_view path, std::size_t size);

    const output::RunRecord& record_;
    const scenario::Scenario& scenario_;
    std::vector<double> years_;
    std::size_t territories_, donors_, routes_, projects_;
    std::map<std::string, std::vector<double>, std::less<>> columns_;
};

}  // namespace coopsim::validation
