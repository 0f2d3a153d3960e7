#include "sim/experiment/load_experiment.hpp"

#include <algorithm>

#include "sim/errors.hpp"
#include "sim/experiment/designs.hpp"
#include "sim/experiment/experiment_names.hpp"
#include "sim/experiment/experiment_schema.hpp"
#include "sim/scenario/json_reader.hpp"
#include "sim/scenario/load.hpp"
#include "sim/scenario/validate.hpp"

namespace coopsim::experiment {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Past this many runs a sweep file is no longer a sensible unit of work.
constexpr long long kMostRuns = 10'000'000;

class Reader {
  public:
    Reader(const fs::path& file, std::string shown) : file_(file), shown_(std::move(shown)) {}

    [[noreturn]] void fail(const std::string& pointer, const std::string& what) const {
        throw ScenarioError(shown_, pointer, what);
    }

    json document() const {
        json doc = scenario::read_json_file(file_, shown_);
        auto problems = scenario::validate(doc, experiment_schema());
        if (problems.empty()) problems = scenario::check_rules(doc, experiment_rules());
        if (!problems.empty()) {
            std::string what = problems.front().message;
            if (problems.size() > 1)
                what += " (and " + std::to_string(problems.size() - 1) + " more problems)";
            fail(problems.front().pointer, what);
        }
        return doc;
    }

    Factor factor(const json& j, const std::string& at) const {
        Factor f;
        f.name = j.at("name").get<std::string>();
        f.path = j.at("path").get<std::string>();
        f.operation =
            scenario::validated_enum<FactorOperation>(j.at("operation").get<std::string>());
        const int given = static_cast<int>(j.contains("values")) +
                          static_cast<int>(j.contains("range")) +
                          static_cast<int>(j.contains("distribution"));
        if (given != 1)
            fail(at, "expected exactly one of \"values\", \"range\" and \"distribution\", got " +
                         std::to_string(given));
        if (const auto v = j.find("values"); v != j.end()) {
            f.values = v->get<std::vector<json>>();
            for (std::size_t i = 0; i < f.values.size(); ++i)
                if (f.operation == FactorOperation::scale && !f.values[i].is_number())
                    fail(at + "/values/" + std::to_string(i),
                         "expected a number (a scaled factor multiplies), got " +
                             f.values[i].dump());
        }
        if (const auto r = j.find("range"); r != j.end()) {
            f.range = Range{r->at("from").get<double>(), r->at("to").get<double>(),
                            r->at("steps").get<int>()};
            if (f.range->steps == 1)
                fail(at + "/range/steps", "expected 0 (a continuous range) or at least 2, got 1");
        }
        if (const auto d = j.find("distribution"); d != j.end())
            f.distribution = distribution(*d, at);
        return f;
    }

    Distribution distribution(const json& j, const std::string& at) const {
        Distribution d;
        d.kind = scenario::validated_enum<DistributionKind>(j.at("kind").get<std::string>());
        d.low = j.at("low").get<double>();
        d.high = j.at("high").get<double>();
        d.mean = j.at("mean").get<double>();
        d.sd = j.at("sd").get<double>();
        d.mode = j.contains("mode") ? j.at("mode").get<double>() : (d.low + d.high) / 2;
        if (d.kind == DistributionKind::log_uniform && d.low <= 0)
            fail(at + "/distribution/low", "expected a number > 0 for a log_uniform distribution");
        if (d.kind == DistributionKind::triangular && (d.mode < d.low || d.mode > d.high))
            fail(at + "/distribution/mode", "expected a mode within [low, high]");
        return d;
    }

    DesignSpec design(const json& j, const std::vector<Factor>& factors) const {
        DesignSpec d;
        d.kind = scenario::validated_enum<DesignKind>(j.at("kind").get<std::string>());
        d.samples = j.at("samples").get<int>();
        d.trajectories = j.at("trajectories").get<int>();
        d.levels = j.at("levels").get<int>();
        d.second_order = j.at("second_order").get<bool>();
        switch (d.kind) {
            case DesignKind::full_factorial:
                for (std::size_t i = 0; i < factors.size(); ++i)
                    if (!factors[i].discrete())
                        fail("/factors/" + std::to_string(i),
                             "a full_factorial design needs discrete factors: \"values\", or a "
                             "\"range\" with \"steps\"");
                break;
            case DesignKind::latin_hypercube:
                if (d.samples < 1) fail("/design/samples", "expected at least 1 sample");
                break;
            case DesignKind::morris:
                if (d.trajectories < 1)
                    fail("/design/trajectories", "expected at least 1 trajectory");
                if (d.levels % 2 != 0)
                    fail("/design/levels",
                         "expected an even number of levels, got " + std::to_string(d.levels));
                break;
            case DesignKind::saltelli:
                if (d.samples < 1) fail("/design/samples", "expected at least 1 base sample");
                if (factors.size() > kMaxSaltelliFactors)
                    fail("/factors", "a saltelli design takes at most " +
                                         std::to_string(kMaxSaltelliFactors) + " factors");
                break;
        }
        return d;
    }

    long long points(const DesignSpec& d, const std::vector<Factor>& factors) const {
        const auto k = static_cast<long long>(factors.size());
        switch (d.kind) {
            case DesignKind::full_factorial: {
                long long n = 1;
                for (const auto& f : factors) {
                    n *= f.level_count();
                    if (n > kMostRuns) return n;
                }
                return n;
            }
            case DesignKind::latin_hypercube:
                return d.samples;
            case DesignKind::morris:
                return static_cast<long long>(d.trajectories) * (k + 1);
            case DesignKind::saltelli:
                return static_cast<long long>(d.samples) * (d.second_order ? 2 * k + 2 : k + 2);
        }
        return 0;
    }

    const fs::path& file() const { return file_; }
    const std::string& shown() const { return shown_; }

  private:
    fs::path file_;
    std::string shown_;
};

// The values a factor is checked with before any run: every level of a discrete factor, both
// ends of a continuous one.
std::vector<json> values_to_check(const Factor& f) {
    if (!f.discrete()) return {f.value_at(0.0), f.value_at(1.0)};
    std::vector<json> values;
    const int n = f.level_count();
    for (int j = 0; j < n; ++j)
        values.push_back(f.value_at((j + 0.5) / n));
    return values;
}

// Each factor, alone on the base scenario, must give a valid scenario with each of its values:
// a wrong path or an out-of-range value is an input error now, not a failed run later. The
// first value tests the path; a later one that fails is blamed on itself.
void check_factors(const Reader& reader, const Experiment& e) {
    for (std::size_t i = 0; i < e.factors.size(); ++i) {
        const Factor& f = e.factors[i];
        const std::string at = "/factors/" + std::to_string(i);
        const std::vector<json> values = values_to_check(f);
        for (std::size_t j = 0; j < values.size(); ++j) {
            Experiment alone = e;
            alone.factors = {f};
            try {
                scenario::load_scenario(e.scenario, factor_overrides(alone, {values[j]}));
            } catch (const ScenarioError& error) {
                const bool listed = !f.values.empty() && j > 0;
                reader.fail(listed ? at + "/values/" + std::to_string(j) : at + "/path",
                            "factor \"" + f.name + "\" with value " + values[j].dump() +
                                " does not fit the base scenario: " + error.what());
            }
        }
    }
}

}  // namespace

const char* to_string(DesignKind kind) {
    return scenario::name_of(kind);
}

const char* to_string(Keep keep) {
    return scenario::name_of(keep);
}

std::vector<std::string> factor_overrides(const Experiment& experiment,
                                          const std::vector<json>& values) {
    std::vector<std::string> overrides;
    for (std::size_t i = 0; i < experiment.factors.size(); ++i) {
        const Factor& f = experiment.factors[i];
        overrides.push_back(f.path + (f.operation == FactorOperation::scale ? "*=" : "=") +
                            values.at(i).dump());
    }
    return overrides;
}

Experiment load_experiment(const fs::path& file) {
    const Reader reader(file, file.string());
    if (std::error_code ec; !fs::exists(file, ec))
        throw ScenarioError(reader.shown(), "", "no such file");
    const json doc = reader.document();

    Experiment e;
    e.source_file = reader.shown();
    e.name = doc.contains("name") ? doc.at("name").get<std::string>() : file.stem().string();
    e.description = doc.at("description").get<std::string>();
    e.scenario_shown = doc.at("scenario").get<std::string>();
    e.scenario = (file.parent_path() / e.scenario_shown).lexically_normal();
    e.seed = doc.at("seed").get<std::uint64_t>();
    const json& factors = doc.at("factors");
    for (std::size_t i = 0; i < factors.size(); ++i)
        e.factors.push_back(reader.factor(factors[i], "/factors/" + std::to_string(i)));
    e.design = reader.design(doc.at("design"), e.factors);
    e.replications = doc.at("replications").get<int>();
    e.keep = scenario::validated_enum<Keep>(doc.at("keep").get<std::string>());
    const long long runs = reader.points(e.design, e.factors) * e.replications;
    if (runs > kMostRuns)
        reader.fail("/design", "the design has " + std::to_string(runs) + " runs, more than the " +
                                   std::to_string(kMostRuns) + " a sweep takes; split it");
    if (std::error_code ec; !fs::exists(e.scenario, ec))
        reader.fail("/scenario", "no such file: " + e.scenario.string());
    scenario::load_scenario(e.scenario);  // a broken base is reported as itself
    check_factors(reader, e);

    json resolved = doc;
    resolved["name"] = e.name;
    e.resolved_json = resolved.dump();
    return e;
}

}  // namespace coopsim::experiment
