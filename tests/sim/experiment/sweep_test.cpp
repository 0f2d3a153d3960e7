// run_sweep: the file does not depend on the thread count, each row repeats alone, an
// interrupted sweep resumes to the same file, a failing run is recorded while the others go on,
// and kept trajectories land in their folder. Small sweeps over the classroom world.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <new>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "../scenario/scenario_test_files.hpp"
#include "identical_records.hpp"
#include "output/output_error.hpp"
#include "output/reader.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/errors.hpp"
#include "sim/experiment/load_experiment.hpp"
#include "sim/experiment/run_plan.hpp"
#include "sim/experiment/run_summary.hpp"
#include "sim/experiment/sweep.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::experiment {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using output::Column;
using output::RunRecord;
using scenario::testing::contains;
using scenario::testing::ScratchDir;

std::string classroom_base() {
    return (fs::path(COOPSIM_SOURCE_DIR) / "scenarios/classroom/base.json").string();
}

// Two lapse rates x two training budgets, two replications: 8 classroom runs.
json small_experiment(std::uint64_t seed = 11) {
    return {{"scenario", classroom_base()},
            {"seed", seed},
            {"factors",
             {{{"name", "lapse_rate"},
               {"path", "/parameters/lapse_rate"},
               {"values", json::array({0.3, 0.9})}},
              {{"name", "training_budget_cop"},
               {"path", "/national_agency/training_budget_cop"},
               {"range", {{"from", 0}, {"to", 4e8}, {"steps", 2}}}}}},
            {"replications", 2}};
}

Experiment write_and_load(const ScratchDir& dir, const std::string& name, const json& doc) {
    return load_experiment(dir.write(name, doc.dump(2)));
}

SweepOptions options_for(const fs::path& out, int threads = 1) {
    SweepOptions o;
    o.out = out;
    o.threads = threads;
    return o;
}

template <class T>
std::vector<T> column_of(const output::RunFile& file, const std::string& path) {
    return std::get<std::vector<T>>(file.column(path).values);
}

// Equal doubles, NaN equal to NaN (a run's unmeasurable indicators).
bool same_number(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every column of two files equal (paths, axes, units, descriptions, values); provenance
// (time, host, threads, wall time) may differ.
void expect_same_columns(const fs::path& a, const fs::path& b) {
    const RunRecord x = output::read_run(a);
    const RunRecord y = output::read_run(b);
    EXPECT_EQ(x.identity, y.identity);
    coopsim::testing::expect_identical(x, y);
}

// The message of the OutputError `action` throws; a test failure when it throws none.
template <class Action>
std::string output_error_of(Action&& action) {
    try {
        action();
    } catch (const output::OutputError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an OutputError";
    return "";
}

int part_files(const fs::path& folder) {
    int n = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        n += name.starts_with("run-") && name.ends_with(".h5") ? 1 : 0;
    }
    return n;
}

// The file holds one row per run and the design table; 1 and 2 threads give equal columns.
TEST(Sweep, FileDoesNotDependOnTheThreadCount) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path one = dir.path() / "one.h5", two = dir.path() / "two.h5";
    const SweepOutcome first = run_sweep(e, options_for(one, 1));
    const SweepOutcome second = run_sweep(e, options_for(two, 2));
    EXPECT_FALSE(first.interrupted);
    EXPECT_EQ(first.progress.total, 8);
    EXPECT_EQ(first.progress.done, 8);
    EXPECT_EQ(first.progress.failed, 0);
    EXPECT_EQ(first.progress.resumed, 0);
    EXPECT_EQ(second.progress.done, 8);
    ASSERT_TRUE(fs::exists(one));
    ASSERT_TRUE(fs::exists(two));
    EXPECT_FALSE(fs::exists(partial_folder(one)));  // the parts are gone once assembled
    expect_same_columns(one, two);

    const output::RunFile file(one);
    EXPECT_EQ(column_of<std::int32_t>(file, "/runs"),
              (std::vector<std::int32_t>{0, 1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(column_of<std::string>(file, "/design/status"), std::vector<std::string>(8, "ok"));
    EXPECT_EQ(column_of<double>(file, "/design/factors/lapse_rate"),
              (std::vector<double>{0.3, 0.3, 0.3, 0.3, 0.9, 0.9, 0.9, 0.9}));
    EXPECT_EQ(column_of<double>(file, "/design/factors/training_budget_cop"),
              (std::vector<double>{0, 0, 4e8, 4e8, 0, 0, 4e8, 4e8}));
    const auto info = file.column_info("/summaries/territories_cop");
    EXPECT_EQ(info.axes, (std::vector<output::Axis>{output::Axis::run, output::Axis::year}));
    EXPECT_EQ(info.shape, (std::vector<std::size_t>{8, 16}));  // 2010-2025
    EXPECT_EQ(file.identity().seed, 11u);
    EXPECT_EQ(json::parse(file.identity().scenario_json), json::parse(e.resolved_json));
}

// A row of the file repeats alone: the base with the run's factor overrides and "/seed=S" (what
// its rerun command says), simulated and summarised, gives the row's summaries and facts.
TEST(Sweep, EachRunRepeatsAlone) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path out = dir.path() / "s.h5";
    run_sweep(e, options_for(out, 2));
    const output::RunFile file(out);
    const auto seeds = column_of<std::int64_t>(file, "/design/seed");
    const auto commands = column_of<std::string>(file, "/design/rerun_command");
    const auto runs = plan_runs(e);
    const std::size_t years = file.column_info("/years").shape.at(0);
    for (const std::size_t r : {std::size_t{0}, std::size_t{5}}) {
        const auto seed = static_cast<std::uint64_t>(seeds.at(r));
        EXPECT_EQ(seed, runs[r].seed);
        EXPECT_TRUE(contains(commands.at(r), "--seed " + std::to_string(seed))) << commands[r];
        std::vector<std::string> overrides = factor_overrides(e, runs[r].values);
        for (const auto& o : overrides)
            EXPECT_TRUE(contains(commands[r], "--set '" + o + "'")) << commands[r];
        overrides.push_back("/seed=" + std::to_string(seed));
        const scenario::Scenario s = scenario::load_scenario(e.scenario, overrides);
        const RunSummary alone = summarise_run(engine::simulate(s), s);
        ASSERT_FALSE(alone.indicators.empty());
        for (const auto& indicator : alone.indicators) {
            const auto row = column_of<double>(file, "/summaries/" + indicator.name);
            ASSERT_EQ(indicator.by_year.size(), years);
            for (std::size_t y = 0; y < years; ++y)
                EXPECT_TRUE(same_number(row.at(r * years + y), indicator.by_year[y]))
                    << indicator.name << " run " << r << " year " << y << ": " << row[r * years + y]
                    << " vs " << indicator.by_year[y];
        }
        ASSERT_FALSE(alone.fact_ids.empty());
        for (std::size_t k = 0; k < alone.fact_ids.size(); ++k) {
            const auto facts = column_of<double>(file, "/facts/" + alone.fact_ids[k]);
            EXPECT_TRUE(same_number(facts.at(r), alone.fact_values[k])) << alone.fact_ids[k];
        }
    }
}

// Stopping after 3 runs leaves no file, only the partial folder with the saved runs; running
// again without --resume is refused, as is resuming from another experiment; resuming
// finishes the runs that are missing and gives the file of an uninterrupted sweep.
TEST(Sweep, InterruptedSweepResumesToTheSameFile) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path out = dir.path() / "s.h5";
    std::atomic<bool> stop{false};
    SweepOptions o = options_for(out, 1);
    o.stop = &stop;
    o.on_run_saved = [&](const SweepProgress& p) {
        if (p.done >= 3) stop.store(true);
    };
    const SweepOutcome cut = run_sweep(e, o);
    EXPECT_TRUE(cut.interrupted);
    EXPECT_GE(cut.progress.done, 3);
    EXPECT_LT(cut.progress.done, cut.progress.total);
    EXPECT_FALSE(fs::exists(out));
    ASSERT_TRUE(fs::is_directory(partial_folder(out)));
    const int saved = part_files(partial_folder(out));
    EXPECT_GE(saved, 3);
    EXPECT_EQ(saved, cut.progress.done);

    // Without --resume: refused, and the saved runs are kept.
    stop.store(false);
    o.on_run_saved = nullptr;
    const std::string refused = output_error_of([&] { run_sweep(e, o); });
    EXPECT_TRUE(contains(refused, "--resume")) << refused;
    EXPECT_EQ(part_files(partial_folder(out)), saved);

    // Another experiment (another seed) cannot finish these runs.
    const Experiment other = write_and_load(dir, "other.json", small_experiment(12));
    o.resume = true;
    const std::string foreign = output_error_of([&] { run_sweep(other, o); });
    EXPECT_TRUE(contains(foreign, "another experiment")) << foreign;
    EXPECT_EQ(part_files(partial_folder(out)), saved);

    // A part that cannot be read (a disk that lied) is run again; the hidden temporary file of
    // a write cut short is ignored and removed.
    const fs::path damaged = partial_folder(out) / "run-0000001.h5";
    ASSERT_TRUE(fs::exists(damaged));
    dir.write(fs::relative(damaged, dir.path()), "not HDF5");
    const fs::path unfinished = dir.write(
        fs::relative(partial_folder(out) / ".run-0000006.h5.tmp-1-x", dir.path()), "half");

    const SweepOutcome resumed = run_sweep(e, o);
    EXPECT_FALSE(resumed.interrupted);
    EXPECT_EQ(resumed.progress.resumed, saved - 1);
    EXPECT_FALSE(fs::exists(unfinished));
    EXPECT_EQ(resumed.progress.done, 8);
    EXPECT_EQ(resumed.progress.failed, 0);
    ASSERT_TRUE(fs::exists(out));
    EXPECT_FALSE(fs::exists(partial_folder(out)));

    const fs::path whole = dir.path() / "whole.h5";
    run_sweep(e, options_for(whole, 2));
    expect_same_columns(out, whole);
}

// An existing output is not replaced without force; with force the sweep starts over.
TEST(Sweep, ExistingOutputNeedsForce) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path out = dir.write("s.h5", "not a sweep");
    EXPECT_THROW(run_sweep(e, options_for(out)), output::OutputError);
    EXPECT_FALSE(fs::exists(partial_folder(out)));
    SweepOptions o = options_for(out);
    o.force = true;
    EXPECT_FALSE(run_sweep(e, o).interrupted);
    EXPECT_EQ(output::RunFile(out).column_info("/runs").shape.at(0), 8u);
}

// A run that throws is recorded as "failed" with its error; the other runs go on and the file
// is written. Each factor alone is valid (checked when the file loads), but a grant floor of
// 250,000 with a ceiling of 200,000 breaks the rule grant_max_usd >= grant_min_usd.
TEST(Sweep, FailedRunIsRecordedAndTheOthersGoOn) {
    const ScratchDir dir;
    json doc = small_experiment();
    doc["factors"] = {{{"name", "grant_min"},
                       {"path", "/donors/0/grant_min_usd"},
                       {"values", json::array({50000, 250000})}},
                      {{"name", "grant_max"},
                       {"path", "/donors/0/grant_max_usd"},
                       {"values", json::array({300000, 200000})}}};
    doc["replications"] = 1;
    const Experiment e = write_and_load(dir, "failing.json", doc);
    const fs::path out = dir.path() / "s.h5";
    const SweepOutcome outcome = run_sweep(e, options_for(out, 2));
    EXPECT_FALSE(outcome.interrupted);
    EXPECT_EQ(outcome.progress.total, 4);
    EXPECT_EQ(outcome.progress.failed, 1);
    ASSERT_TRUE(fs::exists(out));
    EXPECT_FALSE(fs::exists(partial_folder(out)));
    const output::RunFile file(out);
    const auto status = column_of<std::string>(file, "/design/status");
    const auto errors = column_of<std::string>(file, "/design/error");
    const auto received = column_of<double>(file, "/summaries/territories_cop");
    const std::size_t years = file.column_info("/years").shape.at(0);
    // Factorial order, the last factor fastest: the third run is (250,000, 300,000), the
    // fourth (250,000, 200,000).
    EXPECT_EQ(status, (std::vector<std::string>{"ok", "ok", "ok", "failed"}));
    EXPECT_TRUE(contains(errors[3], "grant_max_usd")) << errors[3];
    EXPECT_TRUE(std::isnan(received[3 * years]));  // nothing measured
    EXPECT_EQ(errors[0], "");
    EXPECT_FALSE(std::isnan(received[0]));
}

// Every run of a sweep simulates the base scenario's years: a factor that changes them makes
// its runs fail with a message saying so; the runs that keep them are fine.
TEST(Sweep, RunsThatChangeTheYearsFail) {
    const ScratchDir dir;
    json doc = small_experiment();
    doc["factors"] = {
        {{"name", "end"}, {"path", "/years/end"}, {"values", json::array({2020, 2025, 2024})}}};
    doc["replications"] = 1;
    const Experiment e = write_and_load(dir, "years.json", doc);
    const fs::path out = dir.path() / "s.h5";
    const SweepOutcome outcome = run_sweep(e, options_for(out, 1));
    EXPECT_EQ(outcome.progress.failed, 2);
    const output::RunFile file(out);
    EXPECT_EQ(column_of<std::string>(file, "/design/status"),
              (std::vector<std::string>{"failed", "ok", "failed"}));
    const auto errors = column_of<std::string>(file, "/design/error");
    EXPECT_TRUE(contains(errors[0], "simulated years")) << errors[0];
    EXPECT_EQ(file.column_info("/years").shape.at(0), 16u);  // the base's 2010-2025
}

// A run that stands in for engine::simulate and throws `error` in run `bad` (known by its
// seed): a bug, or an error outside the run's input, injected into one run of a sweep.
template <class Error>
SweepOptions options_with_error_in(const fs::path& out, const Experiment& e, int bad, Error error) {
    SweepOptions o = options_for(out, 1);
    const std::uint64_t seed = plan_runs(e).at(static_cast<std::size_t>(bad)).seed;
    o.simulate = [seed, error](const scenario::Scenario& s) {
        if (s.seed == seed) throw error;
        return engine::simulate(s, {});
    };
    return o;
}

// A bug in one run (a logic_error, running out of memory, any other exception) is no failed
// run: the sweep stops with a message that names the run and keeps the bug's own words, no
// file is written and the partial folder stays; resuming (the bug fixed) finishes the sweep
// with every run ok.
TEST(Sweep, BugInARunStopsTheSweepAndTheSweepResumes) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path out = dir.path() / "s.h5";
    const auto expect_stop = [&](const SweepOptions& o, const std::string& words) {
        try {
            run_sweep(e, o);
            ADD_FAILURE() << "the sweep went on after " << words;
        } catch (const InputError& error) {
            ADD_FAILURE() << "a bug reported as an input error: " << error.what();
        } catch (const std::exception& error) {
            const std::string message = error.what();
            EXPECT_TRUE(contains(message, "run 5 ")) << message;
            EXPECT_TRUE(contains(message, words)) << message;
            EXPECT_TRUE(contains(message, "--resume")) << message;
        }
        EXPECT_FALSE(fs::exists(out));
        ASSERT_TRUE(fs::is_directory(partial_folder(out)));
        EXPECT_FALSE(fs::exists(partial_folder(out) / "run-0000005.h5"));
    };
    SweepOptions o = options_with_error_in(out, e, 5, std::logic_error("invariant broken"));
    expect_stop(o, "invariant broken");
    o = options_with_error_in(out, e, 5, std::bad_alloc());
    o.resume = true;
    expect_stop(o, std::bad_alloc().what());
    o = options_with_error_in(out, e, 5, std::range_error("index past the end"));
    o.resume = true;
    expect_stop(o, "index past the end");

    const int saved = part_files(partial_folder(out));
    SweepOptions fixed = options_for(out, 2);
    fixed.resume = true;
    const SweepOutcome resumed = run_sweep(e, fixed);
    EXPECT_FALSE(resumed.interrupted);
    EXPECT_EQ(resumed.progress.resumed, saved);
    EXPECT_EQ(resumed.progress.done, 8);
    EXPECT_EQ(resumed.progress.failed, 0);
    EXPECT_EQ(column_of<std::string>(output::RunFile(out), "/design/status"),
              std::vector<std::string>(8, "ok"));
}

// An output error inside a run is about the sweep's files, not the run's input: it stops the
// sweep as the OutputError it is (exit 2), while an input error of the run's own scenario,
// thrown the same way, is a failed run.
TEST(Sweep, OnlyInputErrorsMakeFailedRuns) {
    const ScratchDir dir;
    const Experiment e = write_and_load(dir, "small.json", small_experiment());
    const fs::path out = dir.path() / "s.h5";
    const std::string stopped = output_error_of([&] {
        run_sweep(e, options_with_error_in(out, e, 2, output::OutputError("x.h5", "", "full")));
    });
    EXPECT_TRUE(contains(stopped, "full")) << stopped;
    EXPECT_FALSE(fs::exists(out));

    SweepOptions o = options_with_error_in(out, e, 2, ScenarioError("s.json", "/seed", "bad"));
    o.force = true;
    const SweepOutcome outcome = run_sweep(e, o);
    EXPECT_FALSE(outcome.interrupted);
    EXPECT_EQ(outcome.progress.failed, 1);
    const auto errors = column_of<std::string>(output::RunFile(out), "/design/error");
    EXPECT_EQ(errors.at(2), "s.json: /seed: bad");
}

// keep: trajectories: one readable run file per run in "<out stem>.runs/", named by
// /design/trajectory_file relative to the sweep file; the partial folder is gone.
TEST(Sweep, KeptTrajectories) {
    const ScratchDir dir;
    json doc = small_experiment();
    doc["keep"] = "trajectories";
    doc["factors"].erase(1);
    const Experiment e = write_and_load(dir, "kept.json", doc);
    const fs::path out = dir.path() / "s.h5";
    const SweepOutcome outcome = run_sweep(e, options_for(out, 2));
    EXPECT_FALSE(outcome.interrupted);
    const fs::path folder = trajectory_folder(out);
    EXPECT_EQ(folder, dir.path() / "s.runs");
    ASSERT_TRUE(fs::is_directory(folder));
    EXPECT_FALSE(fs::exists(partial_folder(out)));
    const output::RunFile file(out);
    const auto names = column_of<std::string>(file, "/design/trajectory_file");
    const auto seeds = column_of<std::int64_t>(file, "/design/seed");
    ASSERT_EQ(names.size(), 4u);
    EXPECT_EQ(part_files(folder), 4);
    for (std::size_t r = 0; r < names.size(); ++r) {
        const fs::path trajectory = out.parent_path() / names[r];
        EXPECT_EQ(trajectory.parent_path(), folder);
        ASSERT_TRUE(fs::exists(trajectory)) << trajectory;
        const RunRecord run = output::read_run(trajectory);
        EXPECT_EQ(run.identity.seed, static_cast<std::uint64_t>(seeds[r]));
        EXPECT_NE(run.find("/territories/cooperation_received_cop"), nullptr);
        EXPECT_GT(run.axis_length(output::Axis::territory), 0u);
    }
    // A second sweep to the same file does not silently replace the kept trajectories.
    fs::remove(out);
    EXPECT_THROW(run_sweep(e, options_for(out)), output::OutputError);
}

}  // namespace
}  // namespace coopsim::experiment
