#include "sim/cli/run_summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <ostream>

#include "output/record_columns.hpp"
#include "sim/cli/text_table.hpp"
#include "sim/columns/recorded_columns.hpp"

namespace coopsim::cli {

namespace {

using Align = TextTable::Align;
using output::numbers;
using output::strings;
using output::value_count;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kTopTerritories = 10;

std::string cop_millions(double cop) {
    return format_number(cop / 1e6, 1);
}
std::string usd_millions(double usd) {
    return format_number(usd / 1e6, 2);
}
std::string per_inhabitant(double cop, double population) {
    return format_number(population > 0 ? cop / population : kNaN, 0);
}
// Years and codes: whole numbers without thousands separators.
std::string whole(double value) {
    return std::isfinite(value) ? std::to_string(std::llround(value)) : "n/a";
}
std::string category_label(double category) {
    return category == 0 ? "special" : whole(category);
}

// The record's columns as the tables need them. An absent column reads as an empty vector;
// its path goes to `missing`, listed under the report so a renamed column is noticed.
struct Columns {
    const output::RunRecord& record;
    std::size_t years = 0, territories = 0;
    std::vector<double> year;                          // [year]
    std::vector<double> cop_per_usd;                   // [year]
    std::vector<double> territory_cop, territory_usd;  // [year, territory]
    std::vector<double> national_cop, national_usd;    // [year]
    std::vector<std::string> missing;

    explicit Columns(const output::RunRecord& r) : record(r) {
        years = record.axis_length(output::Axis::year);
        territories = record.axis_length(output::Axis::territory);
        year = read(columns::scales::years.path, years);
        cop_per_usd = read(columns::national::cop_per_usd.path, years);
        territory_cop = read(columns::territories::received_cop.path, years * territories);
        territory_usd = read(columns::territories::received_usd.path, years * territories);
        national_cop = read(columns::national::received_cop.path, years);
        // Optional: without it, national receipts are converted at the year's rate.
        national_usd = numbers(record, columns::national::received_usd.path, years);
    }

    std::vector<double> read(std::string_view path, std::size_t size) {
        std::vector<double> values = numbers(record, path, size);
        if (values.empty()) missing.emplace_back(path);
        return values;
    }
    std::vector<std::string> read_strings(std::string_view path, std::size_t size) {
        std::vector<std::string> values = strings(record, path, size);
        if (values.empty()) missing.emplace_back(path);
        return values;
    }

    // COP of year y in USD at that year's rate; NaN without a rate.
    double to_usd(double cop, std::size_t y) const {
        return cop_per_usd.empty() || !(cop_per_usd[y] > 0) ? kNaN : cop / cop_per_usd[y];
    }
    // Sum over territories of a [year, territory] column, for year y.
    double year_sum(const std::vector<double>& grid, std::size_t y) const {
        if (grid.empty()) return kNaN;
        const auto row = grid.begin() + static_cast<std::ptrdiff_t>(y * territories);
        return std::accumulate(row, row + static_cast<std::ptrdiff_t>(territories), 0.0);
    }
    // Sum over years of a [year, territory] column, for territory t.
    double run_sum(const std::vector<double>& grid, std::size_t t) const {
        if (grid.empty()) return kNaN;
        double sum = 0;
        for (std::size_t y = 0; y < years; ++y) {
            sum += grid[y * territories + t];
        }
        return sum;
    }
    std::string period() const {
        if (year.empty()) return "the run";
        return whole(year.front()) + "-" + whole(year.back());
    }
};

void print_header(std::ostream& out, const Columns& c, const std::string& output_file) {
    const output::RunRecord& record = c.record;
    std::size_t donors = record.axis_length(output::Axis::donor);
    if (donors == 0) donors = value_count(record, columns::donors::name.path);

    std::vector<std::pair<std::string, std::string>> lines{
        {"scenario", record.identity.scenario_name},
        {"seed", std::to_string(record.identity.seed)},
        {"years", c.period() + " (" + std::to_string(c.years) + ")"},
        {"territories", std::to_string(c.territories)},
        {"donors", std::to_string(donors)},
        {"output", output_file},
    };
    if (record.provenance.threads > 0) {
        // Milliseconds matter for small scenarios; beyond a second they are noise.
        const double seconds = record.provenance.wall_seconds;
        const int threads = record.provenance.threads;
        lines.emplace_back("run time", format_number(seconds, seconds < 1 ? 3 : 1) + " s on " +
                                           std::to_string(threads) +
                                           (threads == 1 ? " thread" : " threads"));
    }
    for (const auto& [key, value] : lines) {
        out << "  " << key << std::string(13 - key.size(), ' ') << value << '\n';
    }
}

void print_by_year(std::ostream& out, const Columns& c) {
    const bool local = !c.territory_cop.empty(), national = !c.national_cop.empty();
    if (c.years == 0 || (!local && !national)) return;

    struct Series {
        std::string header;
        std::vector<double> values;  // [year]
        bool usd;
    };
    std::vector<Series> series;
    auto add = [&](std::string header, bool usd, auto value_of_year) {
        std::vector<double> values(c.years);
        for (std::size_t y = 0; y < c.years; ++y) {
            values[y] = value_of_year(y);
        }
        series.push_back({std::move(header), std::move(values), usd});
    };
    auto local_cop = [&](std::size_t y) { return c.year_sum(c.territory_cop, y); };
    auto local_usd = [&](std::size_t y) {
        return c.territory_usd.empty() ? c.to_usd(local_cop(y), y) : c.year_sum(c.territory_usd, y);
    };
    auto national_cop = [&](std::size_t y) { return c.national_cop[y]; };
    auto national_usd = [&](std::size_t y) {
        return c.national_usd.empty() ? c.to_usd(c.national_cop[y], y) : c.national_usd[y];
    };
    if (local) add("territories COP", false, local_cop);
    if (national) add("national COP", false, national_cop);
    if (local && national) {
        add("total COP", false, [&](std::size_t y) { return local_cop(y) + national_cop(y); });
    }
    if (local) add("territories USD", true, local_usd);
    if (national) add("national USD", true, national_usd);
    if (local && national) {
        add("total USD", true, [&](std::size_t y) { return local_usd(y) + national_usd(y); });
    }

    std::vector<TextTable::Column> columns{{"year", Align::left}};
    for (const Series& s : series) {
        columns.push_back({s.header, Align::right});
    }
    TextTable table(std::move(columns));
    auto row = [&](std::string label, auto value_of) {
        std::vector<std::string> cells{std::move(label)};
        for (const Series& s : series) {
            const double value = value_of(s);
            cells.push_back(s.usd ? usd_millions(value) : cop_millions(value));
        }
        table.add_row(std::move(cells));
    };
    for (std::size_t y = 0; y < c.years; ++y) {
        row(c.year.empty() ? std::to_string(y + 1) : whole(c.year[y]),
            [&](const Series& s) { return s.values[y]; });
    }
    table.add_rule();
    row("total",
        [](const Series& s) { return std::accumulate(s.values.begin(), s.values.end(), 0.0); });

    out << "\nCooperation received by year (millions)\n";
    table.print(out);
}

void print_by_route(std::ostream& out, Columns& c) {
    std::size_t routes = c.record.axis_length(output::Axis::route);
    if (routes == 0) routes = value_count(c.record, columns::routes::name.path);
    const std::vector<double> received =
        c.read(columns::routes::received_cop.path, c.years * routes);
    if (received.empty()) return;
    std::vector<std::string> names = strings(c.record, columns::routes::name.path, routes);
    if (names.empty()) {
        for (std::size_t r = 0; r < routes; ++r) {
            names.push_back("route " + std::to_string(r));
        }
    }

    std::vector<double> cop(routes, 0.0), usd(routes, 0.0);
    for (std::size_t y = 0; y < c.years; ++y) {
        for (std::size_t r = 0; r < routes; ++r) {
            cop[r] += received[y * routes + r];
            usd[r] += c.to_usd(received[y * routes + r], y);
        }
    }
    const double cop_total = std::accumulate(cop.begin(), cop.end(), 0.0);
    const double usd_total = std::accumulate(usd.begin(), usd.end(), 0.0);

    TextTable table({{"route", Align::left},
                     {"COP", Align::right},
                     {"USD", Align::right},
                     {"share %", Align::right}});
    for (std::size_t r = 0; r < routes; ++r) {
        table.add_row({names[r], cop_millions(cop[r]), usd_millions(usd[r]),
                       format_number(cop_total > 0 ? 100 * cop[r] / cop_total : kNaN, 1)});
    }
    table.add_rule();
    table.add_row({"total", cop_millions(cop_total), usd_millions(usd_total),
                   format_number(cop_total > 0 ? 100.0 : kNaN, 1)});

    out << "\nCooperation received by route, " << c.period() << " (millions)\n";
    table.print(out);
}

void print_by_category(std::ostream& out, Columns& c) {
    if (c.territory_cop.empty()) return;
    const std::vector<double> category = c.read(columns::territories::category.path, c.territories);
    if (category.empty()) return;
    const std::vector<double> population =
        c.read(columns::territories::population.path, c.territories);

    struct Group {
        int territories = 0;
        double population = 0, cop = 0, usd = 0;
    };
    std::map<double, Group> groups;  // special (0) first, then 1..6
    Group all;
    for (std::size_t t = 0; t < c.territories; ++t) {
        double usd = c.run_sum(c.territory_usd, t);
        for (Group* g : {&groups[category[t]], &all}) {
            g->territories += 1;
            g->population += population.empty() ? kNaN : population[t];
            g->cop += c.run_sum(c.territory_cop, t);
            g->usd += usd;
        }
    }

    TextTable table({{"category", Align::left},
                     {"territories", Align::right},
                     {"population", Align::right},
                     {"COP", Align::right},
                     {"USD", Align::right},
                     {"COP per inhabitant", Align::right}});
    auto row = [&](std::string label, const Group& g) {
        table.add_row({std::move(label), std::to_string(g.territories),
                       format_number(g.population, 0), cop_millions(g.cop), usd_millions(g.usd),
                       per_inhabitant(g.cop, g.population)});
    };
    for (const auto& [key, group] : groups) {
        row(category_label(key), group);
    }
    table.add_rule();
    row("all", all);

    out << "\nCooperation received by fiscal category, " << c.period()
        << " (millions; per inhabitant in COP)\n";
    table.print(out);
}

void print_top_territories(std::ostream& out, Columns& c) {
    if (c.territory_cop.empty() || c.territories == 0) return;
    std::vector<std::string> names = c.read_strings(columns::territories::name.path, c.territories);
    const std::vector<std::string> departments =
        c.read_strings(columns::territories::department.path, c.territories);
    const std::vector<double> codes =
        numbers(c.record, columns::scales::dane_code.path, c.territories);
    const std::vector<double> category =
        numbers(c.record, columns::territories::category.path, c.territories);
    const std::vector<double> population =
        numbers(c.record, columns::territories::population.path, c.territories);

    std::vector<double> cop(c.territories);
    for (std::size_t t = 0; t < c.territories; ++t) {
        cop[t] = c.run_sum(c.territory_cop, t);
    }
    std::vector<std::size_t> order(c.territories);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Ties keep the record's territory order, so the list is the same on every run.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return cop[a] > cop[b]; });
    order.resize(std::min(order.size(), kTopTerritories));

    TextTable table({{"#", Align::right},
                     {"territory", Align::left},
                     {"department", Align::left},
                     {"category", Align::left},
                     {"COP", Align::right},
                     {"USD", Align::right},
                     {"COP per inhabitant", Align::right}});
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const std::size_t t = order[rank];
        std::string name = !names.empty()   ? names[t]
                           : !codes.empty() ? whole(codes[t])
                                            : "territory " + std::to_string(t);
        table.add_row({std::to_string(rank + 1), std::move(name),
                       departments.empty() ? "" : departments[t],
                       category.empty() ? "" : category_label(category[t]), cop_millions(cop[t]),
                       usd_millions(c.run_sum(c.territory_usd, t)),
                       per_inhabitant(cop[t], population.empty() ? kNaN : population[t])});
    }

    out << "\nTop " << order.size() << " territories by cooperation received, " << c.period()
        << " (millions; per inhabitant in COP)\n";
    table.print(out);
}

}  // namespace

void print_run_summary(std::ostream& out, const output::RunRecord& record,
                       const std::string& output_file) {
    Columns columns(record);
    out << "coopsim run\n";
    print_header(out, columns, output_file);
    print_by_year(out, columns);
    print_by_route(out, columns);
    print_by_category(out, columns);
    print_top_territories(out, columns);
    if (!columns.missing.empty()) {
        out << "\nNot in this record, left out of the summary:";
        for (const std::string& path : columns.missing) {
            out << ' ' << path;
        }
        out << '\n';
    }
}

}  // namespace coopsim::cli
