#include "sim/validation/fact_measures.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/columns/recorded_columns.hpp"
#include "sim/validation/ensemble_statistics.hpp"

namespace coopsim::validation {

namespace {

using scenario::DonorType;
using scenario::Route;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(double numerator, double denominator) {
    return denominator > 0.0 ? numerator / denominator : kNaN;
}

bool is_open_call(int route) {
    return route == static_cast<int>(Route::official_open_call) ||
           route == static_cast<int>(Route::decentralised_open_call);
}

bool is_bundled_route(int route) {
    return route == static_cast<int>(Route::official_national_agency) || is_open_call(route);
}

bool has_type(const std::vector<DonorType>& types, DonorType type) {
    return std::find(types.begin(), types.end(), type) != types.end();
}

}  // namespace

Period reference_period(int first, int last) {
    if (first <= 2008 && last >= 2011) return {2008, 2011};
    return {first, std::min(last, first + 3)};
}

Period reference_period(const RunView& run) {
    const auto& years = run.years();
    if (years.empty()) return {};
    return reference_period(static_cast<int>(years.front()), static_cast<int>(years.back()));
}

std::vector<double> received_over(RunView& run, Period period) {
    const std::size_t n = run.territories();
    const auto& received = run.per_year(columns::territories::received_cop.path, n);
    std::vector<double> total(n, 0.0);
    for (int year = period.first; year <= period.last; ++year) {
        const int y = run.year_index(year);
        if (y < 0) continue;
        for (std::size_t t = 0; t < n; ++t)
            total[t] += received[static_cast<std::size_t>(y) * n + t];
    }
    return total;
}

double concentration_gini(RunView& run, Period period) {
    return gini(received_over(run, period));
}

double remote_to_central(RunView& run, Period period) {
    const std::vector<double> total = received_over(run, period);
    const auto& territories = run.scenario().territories;
    std::vector<double> remote, central;
    for (std::size_t t = 0; t < total.size(); ++t) {
        const auto& spec = territories[t];
        if (spec.is_capital || spec.category <= 3)
            central.push_back(total[t]);
        else if (spec.category >= 5 && spec.distance_to_capital_km >= kRemoteKm)
            remote.push_back(total[t]);
    }
    if (remote.empty() || central.empty()) return kNaN;
    return ratio(median(remote), median(central));
}

double case_received_cop(RunView& run, int dane_code, Period period) {
    const auto& territories = run.scenario().territories;
    const auto it = std::find_if(territories.begin(), territories.end(),
                                 [&](const auto& t) { return t.dane_code == dane_code; });
    if (it == territories.end()) return kNaN;
    return received_over(run, period)[static_cast<std::size_t>(it - territories.begin())];
}

double case_committed_cop(RunView& run, int dane_code, Period period) {
    const std::size_t n = run.projects();
    const auto& code = run.per_item(columns::projects::dane_code.path, n);
    const auto& approved = run.per_item(columns::projects::approved_year.path, n);
    const auto& amount = run.per_item(columns::projects::amount_usd.path, n);
    const auto& rate = run.per_year(columns::national::cop_per_usd.path, 1);
    double total = 0;
    for (std::size_t p = 0; p < n; ++p) {
        const int year = static_cast<int>(approved[p]);
        const int y = run.year_index(year);
        if (code[p] != dane_code || year < period.first || year > period.last || y < 0) continue;
        total += amount[p] * rate[static_cast<std::size_t>(y)];
    }
    return total;
}

double open_call_odds(RunView& run) {
    const std::size_t routes = run.routes();
    const auto& proposals = run.per_year(columns::routes::proposals.path, routes);
    double written = 0;
    for (std::size_t k = 0; k < proposals.size(); ++k)
        if (is_open_call(static_cast<int>(k % routes))) written += proposals[k];
    const std::size_t n = run.projects();
    const auto& route = run.per_item(columns::projects::route.path, n);
    const auto& renewal = run.per_item(columns::projects::renewal.path, n);
    double approved = 0;
    for (std::size_t p = 0; p < n; ++p)
        if (is_open_call(static_cast<int>(route[p])) && renewal[p] == 0.0) approved += 1.0;
    return ratio(approved, written);
}

double lapse_gap(RunView& run) {
    const std::size_t n = run.territories();
    const auto& changed = run.per_year(columns::territories::government_changed.path, n);
    const auto& stage = run.per_year(columns::territories::stage.path, n);
    const auto& empowered = run.per_year(columns::territories::empowered_share.path, n);
    double strategies[2] = {0, 0}, lapsed[2] = {0, 0};  // [0]: not empowered, [1]: empowered
    for (std::size_t y = 1; y < run.years().size(); ++y) {
        for (std::size_t t = 0; t < n; ++t) {
            const std::size_t now = y * n + t, before = (y - 1) * n + t;
            if (changed[now] == 0.0 || stage[before] < 1.0) continue;
            const int group = empowered[before] >= kEmpoweredShare ? 1 : 0;
            strategies[group] += 1.0;
            if (stage[now] < stage[before]) lapsed[group] += 1.0;
        }
    }
    return ratio(lapsed[0], strategies[0]) - ratio(lapsed[1], strategies[1]);
}

double regional_odds_ratio(RunView& run) {
    const std::size_t routes = run.routes();
    const auto& proposals = run.per_year(columns::routes::proposals.path, routes);
    const auto& regional_proposals = run.per_year(columns::routes::regional_proposals.path, routes);
    double written[2] = {0, 0}, approved[2] = {0, 0};  // [0]: other, [1]: regional
    for (std::size_t k = 0; k < proposals.size(); ++k) {
        if (!is_bundled_route(static_cast<int>(k % routes))) continue;
        written[1] += regional_proposals[k];
        written[0] += proposals[k] - regional_proposals[k];
    }
    const std::size_t n = run.projects();
    const auto& route = run.per_item(columns::projects::route.path, n);
    const auto& renewal = run.per_item(columns::projects::renewal.path, n);
    const auto& regional = run.per_item(columns::projects::regional.path, n);
    for (std::size_t p = 0; p < n; ++p)
        if (is_bundled_route(static_cast<int>(route[p])) && renewal[p] == 0.0)
            approved[regional[p] != 0.0 ? 1 : 0] += 1.0;
    return ratio(ratio(approved[1], written[1]), ratio(approved[0], written[0]));
}

double disbursed_usd(RunView& run, const std::vector<DonorType>& types, int year) {
    const int y = run.year_index(year);
    if (y < 0) return kNaN;
    const std::size_t d_count = run.donors();
    const auto& disbursed = run.per_year(columns::donors::disbursed_usd.path, d_count);
    const auto& donors = run.scenario().donors;
    double total = 0;
    for (std::size_t d = 0; d < d_count; ++d)
        if (has_type(types, donors[d].type))
            total += disbursed[static_cast<std::size_t>(y) * d_count + d];
    return total;
}

double disbursed_ratio(RunView& run, const std::vector<DonorType>& types, int year, int base_year) {
    return ratio(disbursed_usd(run, types, year), disbursed_usd(run, types, base_year));
}

double strategy_to_first_receipt_years(RunView& run) {
    const std::size_t n = run.territories(), years = run.years().size();
    const auto& stage = run.per_year(columns::territories::stage.path, n);
    const auto& received = run.per_year(columns::territories::received_cop.path, n);
    const auto& specs = run.scenario().territories;
    std::vector<double> lags;
    for (std::size_t t = 0; t < n; ++t) {
        // Only strategies started during the run: not those the scenario starts with.
        if (specs[t].stage != scenario::StrategyStage::none) continue;
        std::size_t start = 0;
        while (start < years && stage[start * n + t] < 1.0)
            ++start;
        std::size_t first = start;
        while (first < years && received[first * n + t] <= 0.0)
            ++first;
        if (first < years) lags.push_back(static_cast<double>(first - start));
    }
    return median(lags);
}

double project_span_years(RunView& run) {
    const std::size_t n = run.projects();
    const auto& approved = run.per_item(columns::projects::approved_year.path, n);
    const auto& start = run.per_item(columns::projects::start_year.path, n);
    const auto& duration = run.per_item(columns::projects::duration.path, n);
    std::vector<double> spans(n);
    for (std::size_t p = 0; p < n; ++p)
        spans[p] = start[p] - approved[p] + duration[p];
    return mean(spans);
}

const std::vector<DonorType>& oda_types() {
    static const std::vector<DonorType> types{
        DonorType::bilateral_agency, DonorType::bilateral_embassy, DonorType::multilateral,
        DonorType::decentralised, DonorType::international_ngo};
    return types;
}

const std::vector<DonorType>& new_source_types() {
    static const std::vector<DonorType> types{DonorType::south_south,
                                              DonorType::private_foundation};
    return types;
}

const std::vector<DonorType>& traditional_types() {
    static const std::vector<DonorType> types{
        DonorType::bilateral_agency, DonorType::bilateral_embassy, DonorType::decentralised};
    return types;
}

}  // namespace coopsim::validation
