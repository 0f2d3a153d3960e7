#include "sim/experiment/run_summary.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

#include "output/record_columns.hpp"
#include "sim/columns/recorded_columns.hpp"
#include "sim/scenario/enum_names.hpp"
#include "sim/validation/ensemble_statistics.hpp"
#include "sim/validation/fact_check.hpp"

namespace coopsim::experiment {

namespace {

using output::Axis;

// A record's [year, axis] column read as rows ([year] columns: rows of one value).
class Rows {
  public:
    Rows(const output::RunRecord& record, std::string_view path, std::optional<Axis> axis = {})
        : width_(axis ? record.axis_length(*axis) : 1),
          values_(output::required_numbers(record, path, record.axis_length(Axis::year) * width_)) {
    }
    double sum(std::size_t year, const std::function<bool(std::size_t)>& keep = {}) const {
        double total = 0;
        for (std::size_t k = 0; k < width_; ++k)
            if (!keep || keep(k)) total += values_[year * width_ + k];
        return total;
    }
    double at(std::size_t year, std::size_t k) const { return values_[year * width_ + k]; }
    std::vector<double> row(std::size_t year) const {
        return {values_.begin() + static_cast<std::ptrdiff_t>(year * width_),
                values_.begin() + static_cast<std::ptrdiff_t>((year + 1) * width_)};
    }
    std::size_t width() const { return width_; }

  private:
    std::size_t width_;
    std::vector<double> values_;
};

struct Definition {
    const char* name;
    const char* unit;
    const char* description;
};

std::vector<Definition> definitions() {
    std::vector<Definition> out = {
        {"territories_cop", "COP", "cooperation disbursed to territories"},
        {"territories_usd", "USD", "cooperation disbursed to territories"},
        {"national_usd", "USD", "cooperation placed with national-level recipients"},
        {"disbursed_usd", "USD", "what donors paid out (territories and national)"},
        {"gini_territories", "1", "Gini of this year's cooperation across territories"},
        {"category_5_6_share", "1", "share of territories' cooperation to categories 5 and 6"},
        {"strategies", "1", "territories with a strategy (exploring or formal)"},
        {"formal_strategies", "1", "territories with a formal strategy"},
        {"committees", "1", "territories with a municipal cooperation committee"},
        {"proposals", "1", "proposals written"},
        {"active_projects", "1", "projects disbursing"},
    };
    return out;
}

}  // namespace

std::vector<Indicator> indicator_catalogue(std::size_t years) {
    const std::vector<double> unknown(years, std::numeric_limits<double>::quiet_NaN());
    std::vector<Indicator> out;
    for (const auto& d : definitions())
        out.push_back({d.name, d.unit, d.description, unknown});
    for (const char* route : scenario::EnumNames<scenario::Route>::names)
        out.push_back({std::string("route_") + route + "_cop", "COP",
                       "cooperation disbursed to territories through this route", unknown});
    return out;
}

RunSummary summarise_run(const output::RunRecord& record, const scenario::Scenario& scenario) {
    using namespace columns;
    const std::size_t years = record.axis_length(Axis::year);
    const Rows received(record, territories::received_cop.path, Axis::territory);
    const Rows received_usd(record, territories::received_usd.path, Axis::territory);
    const Rows national(record, national::received_usd.path);
    const Rows disbursed(record, donors::disbursed_usd.path, Axis::donor);
    const Rows stage(record, territories::stage.path, Axis::territory);
    const Rows committee(record, territories::committee.path, Axis::territory);
    const Rows proposals(record, territories::proposals.path, Axis::territory);
    const Rows active(record, territories::active_projects.path, Axis::territory);
    const Rows routes(record, routes::received_cop.path, Axis::route);
    const auto& territories = scenario.territories;
    const auto small = [&](std::size_t t) { return territories[t].category >= 5; };

    RunSummary summary;
    summary.indicators = indicator_catalogue(years);
    for (std::size_t y = 0; y < years; ++y) {
        const double to_territories = received.sum(y);
        const std::vector<double> stages = stage.row(y);
        const auto at_least = [&](double level) {
            return static_cast<double>(
                std::count_if(stages.begin(), stages.end(), [&](double s) { return s >= level; }));
        };
        std::vector<double> values = {to_territories,
                                      received_usd.sum(y),
                                      national.sum(y),
                                      disbursed.sum(y),
                                      validation::gini(received.row(y)),
                                      to_territories > 0 ? received.sum(y, small) / to_territories
                                                         : std::numeric_limits<double>::quiet_NaN(),
                                      at_least(1),
                                      at_least(2),
                                      committee.sum(y),
                                      proposals.sum(y),
                                      active.sum(y)};
        for (std::size_t r = 0; r < routes.width(); ++r)
            values.push_back(routes.at(y, r));
        for (std::size_t i = 0; i < values.size(); ++i)
            summary.indicators.at(i).by_year[y] = values[i];
    }
    for (const auto& measure : validation::measure_run(record, scenario)) {
        summary.fact_ids.push_back(measure.id);
        summary.fact_values.push_back(measure.value);
    }
    return summary;
}

}  // namespace coopsim::experiment
