// Experiment files: what load_experiment reads (defaults, factor kinds), what it refuses (with
// the file and the JSON pointer), how factors map unit coordinates to values, and the run plan
// (order, seeds, re-run commands) built from it.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../scenario/scenario_test_files.hpp"
#include "sim/experiment/experiment.hpp"
#include "sim/experiment/load_experiment.hpp"
#include "sim/experiment/run_plan.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::experiment {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using scenario::testing::catch_scenario_error;
using scenario::testing::contains;
using scenario::testing::ScratchDir;

fs::path classroom_base() {
    return fs::path(COOPSIM_SOURCE_DIR) / "scenarios/classroom/base.json";
}

fs::path smoke_experiment() {
    return fs::path(COOPSIM_SOURCE_DIR) / "scenarios/experiments/smoke.json";
}

json lapse_factor(json values = json::array({0.3, 0.6, 0.9}), std::string name = "lapse_rate") {
    return {{"name", std::move(name)}, {"path", "/parameters/lapse_rate"}, {"values", values}};
}

// A second factor on the same path, under another name.
json other_lapse_factor() {
    return lapse_factor(json::array({0.3, 0.6, 0.9}), "other");
}

// The same factor with its values described by `key` ("range" or "distribution") instead.
json lapse_factor_by(const char* key, json description, std::string name = "lapse_rate") {
    return {{"name", std::move(name)}, {"path", "/parameters/lapse_rate"}, {key, description}};
}

// An experiment over the classroom base (an absolute path) with these factors.
json experiment_with(json factors) {
    return {{"scenario", classroom_base().string()}, {"factors", std::move(factors)}};
}

// The same with a design that takes continuous factors: a Latin hypercube of 4 points.
json sampled_experiment_with(json factors) {
    json doc = experiment_with(std::move(factors));
    doc["design"] = {{"kind", "latin_hypercube"}, {"samples", 4}};
    return doc;
}

fs::path write_json(const ScratchDir& dir, const std::string& name, const json& doc) {
    return dir.write(name, doc.dump(2));
}

// The error of loading `doc` written as `name`; checks that it names that file.
scenario::testing::Caught load_error(const ScratchDir& dir, const json& doc,
                                     const std::string& name = "bad.json") {
    const fs::path file = write_json(dir, name, doc);
    auto caught = catch_scenario_error([&] { load_experiment(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_TRUE(contains(caught.what, file.string())) << caught.what;
    return caught;
}

Factor values_factor(std::vector<json> values) {
    Factor f;
    f.name = "f";
    f.path = "/x";
    f.values = std::move(values);
    return f;
}

Factor range_factor(double from, double to, int steps) {
    Factor f;
    f.name = "f";
    f.path = "/x";
    f.range = Range{from, to, steps};
    return f;
}

Factor distribution_factor(Distribution d) {
    Factor f;
    f.name = "f";
    f.path = "/x";
    f.distribution = d;
    return f;
}

double number_at(const Factor& f, double u) {
    const json v = f.value_at(u);
    EXPECT_TRUE(v.is_number()) << v.dump();
    return v.get<double>();
}

// ---- loading a valid experiment ----

// Only "scenario" and "factors" are required: the rest takes its documented default, and the
// name is the file's stem.
TEST(ExperimentFile, DefaultsOfAMinimalExperiment) {
    const ScratchDir dir;
    const fs::path file =
        write_json(dir, "my-experiment.json", experiment_with(json::array({lapse_factor()})));
    const Experiment e = load_experiment(file);
    EXPECT_EQ(e.name, "my-experiment");
    EXPECT_EQ(e.description, "");
    EXPECT_EQ(e.seed, 1u);
    EXPECT_EQ(e.design.kind, DesignKind::full_factorial);
    EXPECT_EQ(e.design.samples, 0);
    EXPECT_EQ(e.design.trajectories, 0);
    EXPECT_EQ(e.design.levels, 4);
    EXPECT_FALSE(e.design.second_order);
    EXPECT_EQ(e.replications, 1);
    EXPECT_EQ(e.keep, Keep::summaries);
    EXPECT_EQ(e.scenario, classroom_base().lexically_normal());
    EXPECT_EQ(e.scenario_shown, classroom_base().string());
    EXPECT_EQ(e.source_file, file.string());
    ASSERT_EQ(e.factors.size(), 1u);
    const Factor& f = e.factors.front();
    EXPECT_EQ(f.name, "lapse_rate");
    EXPECT_EQ(f.path, "/parameters/lapse_rate");
    EXPECT_EQ(f.operation, FactorOperation::set);
    EXPECT_EQ(f.values, (std::vector<json>{0.3, 0.6, 0.9}));
    EXPECT_FALSE(f.range);
    EXPECT_FALSE(f.distribution);
    // The resolved experiment, stored in outputs, holds the defaults and the name.
    const json resolved = json::parse(e.resolved_json);
    EXPECT_EQ(resolved.at("name"), "my-experiment");
    EXPECT_EQ(resolved.at("design").at("kind"), "full_factorial");
    EXPECT_EQ(resolved.at("replications"), 1);
    EXPECT_EQ(resolved.at("keep"), "summaries");
    EXPECT_EQ(resolved.at("seed"), 1);
    EXPECT_STREQ(to_string(DesignKind::morris), "morris");
    EXPECT_STREQ(to_string(Keep::trajectories), "trajectories");
}

// The base scenario is resolved relative to the experiment file (the shipped smoke experiment
// names "../classroom/base.json"); an explicit name wins over the file's stem.
TEST(ExperimentFile, ShippedSmokeExperimentResolvesItsBaseRelativeToItself) {
    const Experiment e = load_experiment(smoke_experiment());
    EXPECT_EQ(e.name, "smoke");
    EXPECT_EQ(e.seed, 42u);
    EXPECT_EQ(e.replications, 3);
    EXPECT_EQ(e.scenario_shown, "../classroom/base.json");
    EXPECT_EQ(e.scenario, classroom_base().lexically_normal());
    ASSERT_EQ(e.factors.size(), 2u);
    ASSERT_TRUE(e.factors[1].range);
    EXPECT_EQ(e.factors[1].range->steps, 2);
    EXPECT_DOUBLE_EQ(e.factors[1].range->to, 4e8);
}

// Every factor kind is read into its typed form: values, stepped and continuous ranges, each
// distribution with its defaults (mean 0, sd 1, mode = the middle of the bounds), and the
// scale operation.
TEST(ExperimentFile, FactorKindsAreRead) {
    const ScratchDir dir;
    json doc = experiment_with(json::array({
        lapse_factor(),
        {{"name", "training"},
         {"path", "/national_agency/training_budget_cop"},
         {"range", {{"from", 0}, {"to", 4e8}, {"steps", 3}}}},
        {{"name", "budget0"},
         {"path", "/donors/0/budget_usd"},
         {"range", {{"from", 1e5}, {"to", 5e5}}}},
        {{"name", "budgets"},
         {"path", "/donors/*/budget_usd"},
         {"operation", "scale"},
         {"distribution", {{"kind", "log_uniform"}, {"low", 0.5}, {"high", 2}}}},
        {{"name", "budget1"},
         {"path", "/donors/1/budget_usd"},
         {"distribution",
          {{"kind", "normal"}, {"low", 1e5}, {"high", 9e5}, {"mean", 5e5}, {"sd", 1e5}}}},
        {{"name", "budget2"},
         {"path", "/donors/2/budget_usd"},
         {"distribution", {{"kind", "triangular"}, {"low", 1e5}, {"high", 3e5}}}},
        {{"name", "budget3"},
         {"path", "/donors/3/budget_usd"},
         {"distribution", {{"kind", "uniform"}, {"low", 1e5}, {"high", 3e5}}}},
    }));
    doc["design"] = {{"kind", "latin_hypercube"}, {"samples", 5}};
    doc["keep"] = "trajectories";
    doc["seed"] = 281474976710655LL;  // the largest seed: 2^48 - 1
    const Experiment e = load_experiment(write_json(dir, "kinds.json", doc));
    ASSERT_EQ(e.factors.size(), 7u);
    EXPECT_EQ(e.keep, Keep::trajectories);
    EXPECT_EQ(e.seed, 281474976710655ULL);
    EXPECT_EQ(e.design.kind, DesignKind::latin_hypercube);
    EXPECT_EQ(e.design.samples, 5);

    const Factor& stepped = e.factors[1];
    ASSERT_TRUE(stepped.range);
    EXPECT_TRUE(stepped.discrete());
    EXPECT_EQ(stepped.level_count(), 3);

    const Factor& continuous = e.factors[2];
    ASSERT_TRUE(continuous.range);
    EXPECT_EQ(continuous.range->steps, 0);
    EXPECT_FALSE(continuous.discrete());

    const Factor& scaled = e.factors[3];
    EXPECT_EQ(scaled.operation, FactorOperation::scale);
    ASSERT_TRUE(scaled.distribution);
    EXPECT_EQ(scaled.distribution->kind, DistributionKind::log_uniform);
    EXPECT_DOUBLE_EQ(scaled.distribution->mean, 0);  // defaults, unused by this kind
    EXPECT_DOUBLE_EQ(scaled.distribution->sd, 1);

    const Factor& normal = e.factors[4];
    ASSERT_TRUE(normal.distribution);
    EXPECT_EQ(normal.distribution->kind, DistributionKind::normal);
    EXPECT_DOUBLE_EQ(normal.distribution->mean, 5e5);
    EXPECT_DOUBLE_EQ(normal.distribution->sd, 1e5);

    const Factor& triangular = e.factors[5];
    ASSERT_TRUE(triangular.distribution);
    EXPECT_EQ(triangular.distribution->kind, DistributionKind::triangular);
    EXPECT_DOUBLE_EQ(triangular.distribution->mode, 2e5);  // (low + high) / 2

    EXPECT_EQ(e.factors[6].distribution->kind, DistributionKind::uniform);
    // Loaded factors map coordinates as the typed ones below do.
    EXPECT_DOUBLE_EQ(number_at(stepped, 0.5), 2e8);
    EXPECT_DOUBLE_EQ(number_at(continuous, 0.25), 2e5);
    EXPECT_NEAR(number_at(scaled, 0.5), 1.0, 1e-12);
    EXPECT_NEAR(number_at(normal, 0.5), 5e5, 1e-6);
    EXPECT_DOUBLE_EQ(number_at(triangular, 0.5), 2e5);
}

// ---- Factor::value_at ----

// A list: level floor(u n) (the last level at u = 1), any JSON value; u is clamped to [0, 1].
TEST(FactorValues, ListLevelIsFloorOfUTimesN) {
    const Factor f = values_factor({"x", true, 3});
    EXPECT_TRUE(f.discrete());
    EXPECT_EQ(f.level_count(), 3);
    EXPECT_EQ(f.value_at(0), "x");
    EXPECT_EQ(f.value_at(0.33), "x");      // floor(0.99) = 0
    EXPECT_EQ(f.value_at(1.0 / 3), true);  // floor(1) = 1
    EXPECT_EQ(f.value_at(0.5), true);
    EXPECT_EQ(f.value_at(0.67), 3);  // floor(2.01) = 2
    EXPECT_EQ(f.value_at(1), 3);     // not level 3: the last level
    EXPECT_EQ(f.value_at(-0.5), "x");
    EXPECT_EQ(f.value_at(7), 3);
}

// A stepped range: `steps` evenly spaced values, both ends included, chosen like a list's.
TEST(FactorValues, SteppedRangeLevelsIncludeBothEnds) {
    const Factor f = range_factor(10, 20, 3);
    EXPECT_TRUE(f.discrete());
    EXPECT_EQ(f.level_count(), 3);
    EXPECT_DOUBLE_EQ(number_at(f, 0), 10);
    EXPECT_DOUBLE_EQ(number_at(f, 0.3), 10);  // floor(0.9) = 0
    EXPECT_DOUBLE_EQ(number_at(f, 0.4), 15);  // floor(1.2) = 1
    EXPECT_DOUBLE_EQ(number_at(f, 0.5), 15);
    EXPECT_DOUBLE_EQ(number_at(f, 1), 20);
    const Factor two = range_factor(0, 4e8, 2);
    EXPECT_DOUBLE_EQ(number_at(two, 0.25), 0);
    EXPECT_DOUBLE_EQ(number_at(two, 0.75), 4e8);
}

// A continuous range: the linear map from + u (to - from); it has no levels.
TEST(FactorValues, ContinuousRangeIsLinear) {
    const Factor f = range_factor(2, 6, 0);
    EXPECT_FALSE(f.discrete());
    EXPECT_THROW(f.level_count(), std::logic_error);
    EXPECT_DOUBLE_EQ(number_at(f, 0), 2);
    EXPECT_DOUBLE_EQ(number_at(f, 0.25), 3);
    EXPECT_DOUBLE_EQ(number_at(f, 0.5), 4);
    EXPECT_DOUBLE_EQ(number_at(f, 1), 6);
}

// uniform: low + u (high - low).
TEST(FactorValues, UniformQuantiles) {
    const Factor f = distribution_factor({DistributionKind::uniform, 1, 3, 0, 1, 2});
    EXPECT_FALSE(f.discrete());
    EXPECT_DOUBLE_EQ(number_at(f, 0), 1);
    EXPECT_DOUBLE_EQ(number_at(f, 0.5), 2);
    EXPECT_DOUBLE_EQ(number_at(f, 1), 3);
}

// log_uniform: uniform in log, so the median of [1, 100] is the geometric mean 10.
TEST(FactorValues, LogUniformQuantiles) {
    const Factor f = distribution_factor({DistributionKind::log_uniform, 1, 100, 0, 1, 50});
    EXPECT_NEAR(number_at(f, 0), 1, 1e-12);
    EXPECT_NEAR(number_at(f, 0.5), 10, 1e-12);
    EXPECT_NEAR(number_at(f, 0.25), std::sqrt(10.0), 1e-12);
    EXPECT_NEAR(number_at(f, 1), 100, 1e-10);
}

// normal truncated to [low, high]: the quantile u of the mass between the bounds. Symmetric
// bounds: the ends at u = 0 and 1, the mean at 0.5. Bounds low = mean, high far above: the
// median of the mass above the mean is the 3/4 quantile of the untruncated normal,
// mean + sd z(0.75) = 10 + 2 x 0.6744897501960817.
TEST(FactorValues, TruncatedNormalQuantiles) {
    const Factor symmetric = distribution_factor({DistributionKind::normal, -1, 1, 0, 1, 0});
    EXPECT_NEAR(number_at(symmetric, 0), -1, 1e-7);
    EXPECT_NEAR(number_at(symmetric, 0.5), 0, 1e-9);
    EXPECT_NEAR(number_at(symmetric, 1), 1, 1e-7);
    const Factor half = distribution_factor({DistributionKind::normal, 10, 100, 10, 2, 0});
    EXPECT_NEAR(number_at(half, 0), 10, 1e-7);
    EXPECT_NEAR(number_at(half, 0.5), 10 + 2 * 0.6744897501960817, 1e-6);
    // The far bound, 45 sd away, is still reached at u = 1 (a Morris grid uses u = 0 and 1).
    EXPECT_EQ(number_at(half, 1), 100);
    // Never outside the bounds.
    for (double u = 0; u <= 1; u += 0.125) {
        EXPECT_GE(number_at(half, u), 10);
        EXPECT_LE(number_at(half, u), 100);
    }
}

// triangular on [0, 4] with mode 1 (F(mode) = 1/4): below the mode low + sqrt(u w (mode -
// low)), above it high - sqrt((1 - u) w (high - mode)), w = high - low.
TEST(FactorValues, TriangularQuantiles) {
    const Factor f = distribution_factor({DistributionKind::triangular, 0, 4, 0, 1, 1});
    EXPECT_DOUBLE_EQ(number_at(f, 0), 0);
    EXPECT_DOUBLE_EQ(number_at(f, 0.0625), 0.5);  // sqrt(0.0625 x 4 x 1)
    EXPECT_DOUBLE_EQ(number_at(f, 0.25), 1);      // the mode
    EXPECT_DOUBLE_EQ(number_at(f, 0.5), 4 - std::sqrt(6.0));
    EXPECT_DOUBLE_EQ(number_at(f, 1), 4);
    // A symmetric triangle: the median is the mode.
    const Factor symmetric = distribution_factor({DistributionKind::triangular, 2, 6, 0, 1, 4});
    EXPECT_DOUBLE_EQ(number_at(symmetric, 0.5), 4);
}

// ---- refused experiments: ScenarioError naming the file and the JSON pointer ----

// A missing experiment file: its name and "no such file".
TEST(ExperimentFileErrors, MissingFile) {
    const ScratchDir dir;
    const fs::path file = dir.path() / "nowhere.json";
    const auto caught = catch_scenario_error([&] { load_experiment(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_TRUE(contains(caught.what, "no such file")) << caught.what;
}

// Malformed JSON: the line and column, and "malformed JSON".
TEST(ExperimentFileErrors, MalformedJson) {
    const ScratchDir dir;
    const fs::path file = dir.write("bad.json", "{\"scenario\": \"x.json\",\n \"factors\": [}");
    const auto caught = catch_scenario_error([&] { load_experiment(file); });
    EXPECT_EQ(caught.file, file.string());
    EXPECT_TRUE(contains(caught.field_path, "line 2")) << caught.field_path;
    EXPECT_TRUE(contains(caught.what, "malformed JSON")) << caught.what;
}

// An unknown key is refused at its pointer, with the nearest known key suggested.
TEST(ExperimentFileErrors, UnknownKeyWithDidYouMean) {
    const ScratchDir dir;
    json doc = experiment_with(json::array({lapse_factor()}));
    doc["replicatons"] = 2;
    const auto caught = load_error(dir, doc);
    EXPECT_EQ(caught.field_path, "/replicatons");
    EXPECT_TRUE(contains(caught.what, "unknown key \"replicatons\"")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "did you mean \"replications\"?")) << caught.what;
    // Inside a factor too.
    json factor = lapse_factor();
    factor["vaules"] = json::array({1});
    const auto inner = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_EQ(inner.field_path, "/factors/0/vaules");
    EXPECT_TRUE(contains(inner.what, "did you mean \"values\"?")) << inner.what;
}

// "scenario" is required.
TEST(ExperimentFileErrors, MissingScenario) {
    const ScratchDir dir;
    const auto caught = load_error(dir, {{"factors", json::array({lapse_factor()})}});
    EXPECT_EQ(caught.field_path, "/scenario");
    EXPECT_TRUE(contains(caught.what, "missing required key")) << caught.what;
}

// A base scenario that is not there: at /scenario, naming the resolved path.
TEST(ExperimentFileErrors, MissingBaseScenario) {
    const ScratchDir dir;
    json doc = experiment_with(json::array({lapse_factor()}));
    doc["scenario"] = "nowhere.json";
    const auto caught = load_error(dir, doc);
    EXPECT_EQ(caught.field_path, "/scenario");
    EXPECT_TRUE(contains(caught.what, "no such file")) << caught.what;
    EXPECT_TRUE(contains(caught.what, (dir.path() / "nowhere.json").string())) << caught.what;
}

// A factor takes exactly one of "values", "range" and "distribution".
TEST(ExperimentFileErrors, FactorWithTwoDescriptions) {
    const ScratchDir dir;
    json factor = lapse_factor();
    factor["range"] = {{"from", 0}, {"to", 1}, {"steps", 2}};
    const auto caught = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0");
    EXPECT_TRUE(contains(caught.what, "exactly one of")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "got 2")) << caught.what;
    json none = other_lapse_factor();
    none.erase("values");
    const auto nothing = load_error(dir, experiment_with(json::array({lapse_factor(), none})));
    EXPECT_EQ(nothing.field_path, "/factors/1");
    EXPECT_TRUE(contains(nothing.what, "got 0")) << nothing.what;
}

// A stepped range needs at least 2 steps (0 is continuous).
TEST(ExperimentFileErrors, RangeWithOneStep) {
    const ScratchDir dir;
    const json factor = lapse_factor_by("range", {{"from", 0}, {"to", 1}, {"steps", 1}});
    const auto caught = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0/range/steps");
    EXPECT_TRUE(contains(caught.what, "at least 2, got 1")) << caught.what;
}

// A range runs upwards: from <= to (a rule across keys).
TEST(ExperimentFileErrors, RangeBackwards) {
    const ScratchDir dir;
    const json factor = lapse_factor_by("range", {{"from", 1}, {"to", 0}, {"steps", 2}});
    const auto caught = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_TRUE(contains(caught.field_path, "/factors/0/range")) << caught.field_path;
}

// A log_uniform distribution needs low > 0.
TEST(ExperimentFileErrors, LogUniformWithNonPositiveLow) {
    const ScratchDir dir;
    const json factor =
        lapse_factor_by("distribution", {{"kind", "log_uniform"}, {"low", 0}, {"high", 1}});
    const auto caught = load_error(dir, sampled_experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0/distribution/low");
    EXPECT_TRUE(contains(caught.what, "> 0")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "log_uniform")) << caught.what;
}

// A triangular mode lies within the bounds.
TEST(ExperimentFileErrors, TriangularModeOutsideBounds) {
    const ScratchDir dir;
    const json factor = lapse_factor_by(
        "distribution", {{"kind", "triangular"}, {"low", 0}, {"high", 1}, {"mode", 2}});
    const auto caught = load_error(dir, sampled_experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0/distribution/mode");
}

// A full factorial design needs discrete factors; the continuous one is named.
TEST(ExperimentFileErrors, FullFactorialWithContinuousFactor) {
    const ScratchDir dir;
    const json factor = lapse_factor_by("range", {{"from", 0}, {"to", 1}}, "other");
    const auto caught = load_error(dir, experiment_with(json::array({lapse_factor(), factor})));
    EXPECT_EQ(caught.field_path, "/factors/1");
    EXPECT_TRUE(contains(caught.what, "full_factorial")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "discrete")) << caught.what;
}

// Morris needs an even number of levels and at least one trajectory.
TEST(ExperimentFileErrors, MorrisWithOddLevels) {
    const ScratchDir dir;
    json doc = experiment_with(json::array({lapse_factor()}));
    doc["design"] = {{"kind", "morris"}, {"trajectories", 2}, {"levels", 3}};
    const auto caught = load_error(dir, doc);
    EXPECT_EQ(caught.field_path, "/design/levels");
    EXPECT_TRUE(contains(caught.what, "even number of levels, got 3")) << caught.what;
    doc["design"] = {{"kind", "morris"}, {"levels", 4}};
    const auto none = load_error(dir, doc);
    EXPECT_EQ(none.field_path, "/design/trajectories");
}

// A Latin hypercube (and Saltelli) needs a sample count.
TEST(ExperimentFileErrors, SamplingDesignsWithoutSamples) {
    const ScratchDir dir;
    json doc = experiment_with(json::array({lapse_factor()}));
    doc["design"] = {{"kind", "latin_hypercube"}};
    const auto caught = load_error(dir, doc);
    EXPECT_EQ(caught.field_path, "/design/samples");
    EXPECT_TRUE(contains(caught.what, "at least 1")) << caught.what;
    doc["design"] = {{"kind", "saltelli"}};
    EXPECT_EQ(load_error(dir, doc).field_path, "/design/samples");
}

// A factor whose path is not in the base scenario is refused at load, at its "path", with the
// scenario's own message (the unknown key and the suggestion).
TEST(ExperimentFileErrors, FactorPathThatDoesNotFitTheBase) {
    const ScratchDir dir;
    json factor = other_lapse_factor();
    factor["path"] = "/parameters/lapse_rte";
    const auto caught = load_error(dir, experiment_with(json::array({lapse_factor(), factor})));
    EXPECT_EQ(caught.field_path, "/factors/1/path");
    EXPECT_TRUE(contains(caught.what, "does not fit the base scenario")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "unknown key \"lapse_rte\"")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "lapse_rate")) << caught.what;
}

// Every value of a factor is checked at load, alone on the base: a listed value out of range
// is refused at that value, not left to fail as a run.
TEST(ExperimentFileErrors, FactorValueOutOfRangeIsRefusedAtLoad) {
    const ScratchDir dir;
    json factor = lapse_factor();
    factor["values"] = json::array({0.5, 0.6, 2.0});
    const auto caught = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0/values/2");
    EXPECT_TRUE(contains(caught.what, "with value 2.0")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "expected a number in [0, 1]")) << caught.what;
}

// Every experiment shipped in scenarios/experiments/ loads: its base, its factors' paths and
// values still fit the scenarios they name (they change independently).
TEST(ExperimentFile, EveryShippedExperimentLoads) {
    const fs::path dir = fs::path(COOPSIM_SOURCE_DIR) / "scenarios" / "experiments";
    int loaded = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        EXPECT_NO_THROW(load_experiment(entry.path())) << entry.path();
        ++loaded;
    }
    EXPECT_GE(loaded, 7);  // smoke and one per hypothesis H1-H6
}

// A scaled factor multiplies, so each of its values must be a number.
TEST(ExperimentFileErrors, ScaledFactorWithNonNumberValue) {
    const ScratchDir dir;
    const json factor = {{"name", "budgets"},
                         {"path", "/donors/*/budget_usd"},
                         {"operation", "scale"},
                         {"values", json::array({1, "x"})}};
    const auto caught = load_error(dir, experiment_with(json::array({factor})));
    EXPECT_EQ(caught.field_path, "/factors/0/values/1");
    EXPECT_TRUE(contains(caught.what, "expected a number")) << caught.what;
    EXPECT_TRUE(contains(caught.what, "\"x\"")) << caught.what;
}

// Two factors may not share a name (it names their column in the output).
TEST(ExperimentFileErrors, DuplicateFactorNames) {
    const ScratchDir dir;
    const auto caught =
        load_error(dir, experiment_with(json::array({lapse_factor(), lapse_factor()})));
    EXPECT_TRUE(contains(caught.field_path, "/factors")) << caught.field_path;
    EXPECT_TRUE(contains(caught.what, "lapse_rate")) << caught.what;
}

// More than 10 000 000 runs is refused at /design with the count.
TEST(ExperimentFileErrors, TooManyRuns) {
    const ScratchDir dir;
    const json doc = experiment_with(json::array({
        {{"name", "a"},
         {"path", "/parameters/lapse_rate"},
         {"range", {{"from", 0}, {"to", 1}, {"steps", 10000}}}},
        {{"name", "b"},
         {"path", "/national_agency/training_budget_cop"},
         {"range", {{"from", 0}, {"to", 1}, {"steps", 10000}}}},
    }));
    const auto caught = load_error(dir, doc);
    EXPECT_EQ(caught.field_path, "/design");
    EXPECT_TRUE(contains(caught.what, "100000000 runs")) << caught.what;
    // Replications count: 1 000 points x 10 001 replications is too many as well.
    const json many = experiment_with(json::array({
        {{"name", "a"},
         {"path", "/parameters/lapse_rate"},
         {"range", {{"from", 0}, {"to", 1}, {"steps", 1000}}}},
    }));
    json replicated = many;
    replicated["replications"] = 10001;
    const auto too_many = load_error(dir, replicated);
    EXPECT_EQ(too_many.field_path, "/design");
    EXPECT_TRUE(contains(too_many.what, "10001000 runs")) << too_many.what;
}

// ---- the run plan ----

// Run r is point r / replications, replication r % replications; the full factorial's last
// factor varies fastest; seeds come from (experiment seed, point, replication) alone: distinct,
// below 2^48 and the same in every call.
TEST(RunPlan, OrderAndSeeds) {
    const Experiment e = load_experiment(smoke_experiment());
    const auto runs = plan_runs(e);
    ASSERT_EQ(runs.size(), 18u);  // 3 x 2 points x 3 replications
    const std::vector<double> lapse{0.3, 0.6, 0.9}, budget{0, 4e8};
    std::set<std::uint64_t> seeds;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const PlannedRun& run = runs[r];
        EXPECT_EQ(run.id, static_cast<int>(r));
        EXPECT_EQ(run.point, static_cast<int>(r / 3));
        EXPECT_EQ(run.replication, static_cast<int>(r % 3));
        EXPECT_EQ(run.block, 0);
        EXPECT_EQ(run.factor, -1);
        ASSERT_EQ(run.values.size(), 2u);
        const std::size_t p = r / 3;
        EXPECT_DOUBLE_EQ(run.values[0].get<double>(), lapse[p / 2]);
        EXPECT_DOUBLE_EQ(run.values[1].get<double>(), budget[p % 2]);
        EXPECT_LT(run.seed, std::uint64_t{1} << 48);
        EXPECT_EQ(run.seed, run_seed(42, run.point, run.replication));
        seeds.insert(run.seed);
    }
    EXPECT_EQ(seeds.size(), runs.size());
    const auto again = plan_runs(e);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        EXPECT_EQ(again[r].seed, runs[r].seed);
        EXPECT_EQ(again[r].values, runs[r].values);
    }
    // Another experiment seed, other run seeds.
    EXPECT_NE(run_seed(43, 0, 0), run_seed(42, 0, 0));
    EXPECT_NE(run_seed(42, 0, 1), run_seed(42, 1, 0));
}

// The run count is points x replications for every design: latin_hypercube `samples` points,
// morris r (k + 1), saltelli N (k + 2), or N (2k + 2) with second order.
TEST(RunPlan, RunCountIsPointsTimesReplications) {
    const ScratchDir dir;
    const json budget = {{"name", "training"},
                         {"path", "/national_agency/training_budget_cop"},
                         {"range", {{"from", 0}, {"to", 4e8}}}};
    json doc = experiment_with(json::array({lapse_factor(), budget}));
    doc["replications"] = 2;
    const auto count = [&](json design) {
        doc["design"] = std::move(design);
        const auto runs = plan_runs(load_experiment(write_json(dir, "e.json", doc)));
        for (const auto& run : runs) {
            EXPECT_EQ(run.point, run.id / 2);
            EXPECT_EQ(run.replication, run.id % 2);
            // Continuous values stay within their range.
            EXPECT_GE(run.values[1].get<double>(), 0);
            EXPECT_LE(run.values[1].get<double>(), 4e8);
        }
        return runs.size();
    };
    EXPECT_EQ(count({{"kind", "latin_hypercube"}, {"samples", 5}}), 5u * 2);
    EXPECT_EQ(count({{"kind", "morris"}, {"trajectories", 3}}), 3u * 3 * 2);
    EXPECT_EQ(count({{"kind", "saltelli"}, {"samples", 4}}), 4u * 4 * 2);
    EXPECT_EQ(count({{"kind", "saltelli"}, {"samples", 4}, {"second_order", true}}), 4u * 6 * 2);
}

// rerun_command: `coopsim run BASE --seed S --set ...`, each argument quoted for a POSIX shell
// (a single quote closed, escaped and reopened).
TEST(RunPlan, RerunCommandHasTheSeedAndTheOverrides) {
    const Experiment e = load_experiment(smoke_experiment());
    const auto runs = plan_runs(e);
    const PlannedRun& run = runs[9];  // point 3: lapse rate 0.6, training budget 4e8
    const std::string command = rerun_command(e, run);
    EXPECT_EQ(command.rfind("coopsim run '" + e.scenario.string() + "'", 0), 0u) << command;
    EXPECT_TRUE(contains(command, " --seed " + std::to_string(run.seed) + " ")) << command;
    for (const auto& override_text : factor_overrides(e, run.values))
        EXPECT_TRUE(contains(command, " --set '" + override_text + "'")) << command;
    EXPECT_TRUE(contains(command, "--set '/parameters/lapse_rate=0.6'")) << command;

    const ScratchDir dir;
    const json name = {
        {"name", "name"}, {"path", "/territories/0/name"}, {"values", json::array({"O'Hara"})}};
    const Experiment quoted =
        load_experiment(write_json(dir, "q.json", experiment_with(json::array({name}))));
    const std::string text = rerun_command(quoted, plan_runs(quoted).front());
    EXPECT_TRUE(contains(text, R"(--set '/territories/0/name="O'\''Hara"')")) << text;
}

// factor_overrides: "PATH=VALUE" (the value as JSON) for set factors, "PATH*=FACTOR" for
// scaled ones; the scenario loader applies both.
TEST(RunPlan, FactorOverridesSetAndScale) {
    const ScratchDir dir;
    const json scaled = {{"name", "budgets"},
                         {"path", "/donors/*/budget_usd"},
                         {"operation", "scale"},
                         {"values", json::array({0.5, 1.5})}};
    const json name = {{"name", "name"},
                       {"path", "/territories/0/name"},
                       {"values", json::array({"Villa Nueva"})}};
    const Experiment e = load_experiment(
        write_json(dir, "o.json", experiment_with(json::array({lapse_factor(), scaled, name}))));
    const auto overrides = factor_overrides(e, {json(0.6), json(1.5), json("Villa Nueva")});
    EXPECT_EQ(overrides,
              (std::vector<std::string>{"/parameters/lapse_rate=0.6", "/donors/*/budget_usd*=1.5",
                                        "/territories/0/name=\"Villa Nueva\""}));
    const auto base = scenario::load_scenario(e.scenario);
    const auto changed = scenario::load_scenario(e.scenario, overrides);
    EXPECT_DOUBLE_EQ(changed.parameters.lapse_rate, 0.6);
    ASSERT_EQ(changed.donors.size(), base.donors.size());
    for (std::size_t d = 0; d < base.donors.size(); ++d)
        EXPECT_DOUBLE_EQ(changed.donors[d].budget_usd, 1.5 * base.donors[d].budget_usd);
    EXPECT_EQ(changed.territories.front().name, "Villa Nueva");
}

}  // namespace
}  // namespace coopsim::experiment
