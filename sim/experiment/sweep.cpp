#include "sim/experiment/sweep.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>

#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#include "output/output_error.hpp"
#include "output/reader.hpp"
#include "output/staged_file.hpp"
#include "output/write_gate.hpp"
#include "output/writer.hpp"
#include "sim/build_info.hpp"
#include "sim/columns/row_columns.hpp"
#include "sim/columns/run_columns.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/errors.hpp"
#include "sim/experiment/load_experiment.hpp"
#include "sim/experiment/process_group.hpp"
#include "sim/experiment/run_plan.hpp"
#include "sim/experiment/run_summary.hpp"
#include "sim/scenario/load.hpp"

namespace coopsim::experiment {

namespace {

namespace fs = std::filesystem;
using output::Axis;
using output::Column;
using output::RunRecord;
using I32 = std::int32_t;

constexpr const char* kExperimentFile = "experiment.json";
// Where a part file keeps the run's yearly indicators and its fact measures.
constexpr std::string_view kPartSummary = "/run/summary/", kPartFacts = "/run/facts/";

fs::path part_path(const fs::path& folder, int run) {
    char name[32];
    std::snprintf(name, sizeof name, "run-%07d.h5", run);
    return folder / name;
}

// The run id of a part file's name, or nullopt for any other file (e.g. the temporary file of
// a write cut short).
std::optional<int> part_id(const fs::path& file) {
    const std::string name = file.filename().string();
    int id = -1;
    char tail = 0;
    if (name.size() != 14 || std::sscanf(name.c_str(), "run-%7d.h5%c", &id, &tail) != 1)
        return std::nullopt;
    return id;
}

// The program that made a file, as simulate() records it for a run.
void stamp(output::RunIdentity& identity) {
    identity.coopsim_version = coopsim::version();
    identity.git_commit = coopsim::git_commit();
}

Column scalar(std::string path, std::string description, output::ColumnValues values) {
    return Column{std::move(path), {}, "", std::move(description), std::move(values)};
}

// What one finished run leaves in its part file.
struct RunResult {
    bool ok = true;
    std::string error;
    RunRecord record;  // the trajectory when kept; otherwise only what is added below
    RunSummary summary;
};

class Sweep {
  public:
    Sweep(const Experiment& e, const SweepOptions& o)
        : e_(e), o_(o), plan_(plan_runs(e)), folder_(partial_folder(o.out)) {
        const scenario::Scenario base = scenario::load_scenario(e.scenario);
        base_years_ = base.year_count();
        first_year_ = base.start_year;
    }

    SweepOutcome run() {
        const ProcessGroup alone(false);
        const ProcessGroup& group = o_.group ? *o_.group : alone;
        // The leader checks and prepares the partial folder; a refusal stops every process.
        std::string refusal;
        if (group.leader()) {
            try {
                prepare_folder();
            } catch (const std::exception& error) {
                if (group.size() == 1) throw;
                refusal = error.what();
                group.broadcast(refusal);
                throw;
            }
        }
        refusal = group.broadcast(refusal);
        if (!refusal.empty()) return {{}, false, true};
        const std::map<int, bool> saved = scan_saved();
        // Each process takes every size-th run of those still missing.
        std::vector<int> pending;
        for (const auto& run : plan_)
            if (!saved.count(run.id) && run.id % group.size() == group.rank())
                pending.push_back(run.id);
        progress_.total = static_cast<int>(plan_.size());
        progress_.resumed = progress_.done = static_cast<int>(saved.size());
        for (const auto& [id, ok] : saved)
            progress_.failed += ok ? 0 : 1;

        const auto started = std::chrono::steady_clock::now();
        std::optional<oneapi::tbb::global_control> limit;
        if (o_.threads > 0)
            limit.emplace(oneapi::tbb::global_control::max_allowed_parallelism,
                          static_cast<std::size_t>(o_.threads));
        oneapi::tbb::parallel_for(
            oneapi::tbb::blocked_range<std::size_t>(0, pending.size(), 1),
            [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
                for (std::size_t i = range.begin(); i != range.end(); ++i) {
                    if (o_.stop && o_.stop->load()) return;
                    save(plan_[static_cast<std::size_t>(pending[i])], execute(pending[i]));
                }
            },
            oneapi::tbb::simple_partitioner());
        group.barrier();
        // Every process has saved what it could; the leader assembles when nothing is missing.
        SweepOutcome outcome;
        std::string verdict;
        if (group.leader()) {
            const auto finished = scan_saved();
            outcome.progress = progress_;
            outcome.progress.done = static_cast<int>(finished.size());
            outcome.progress.failed = static_cast<int>(std::count_if(
                finished.begin(), finished.end(), [](const auto& s) { return !s.second; }));
            outcome.interrupted = outcome.progress.done < outcome.progress.total;
            if (!outcome.interrupted) {
                const std::chrono::duration<double> wall =
                    std::chrono::steady_clock::now() - started;
                assemble(wall.count());
            }
            verdict = std::to_string(outcome.progress.done) + " " +
                      std::to_string(outcome.progress.failed);
        }
        verdict = group.broadcast(verdict);
        if (!group.leader()) {
            outcome.progress = progress_;
            std::sscanf(verdict.c_str(), "%d %d", &outcome.progress.done, &outcome.progress.failed);
            outcome.interrupted = outcome.progress.done < outcome.progress.total;
        }
        return outcome;
    }

  private:
    void prepare_folder() {
        output::StagedFile probe(o_.out, o_.force);  // the output may be written; nothing made
        std::error_code ec;
        if (fs::exists(folder_, ec)) {
            if (o_.force) {
                fs::remove_all(folder_);
            } else if (!o_.resume) {
                throw output::OutputError(
                    folder_.string(), "",
                    "a partial sweep is here; add --resume to finish it, or --force to start over");
            }
        }
        if (e_.keep == Keep::trajectories && !o_.force && fs::exists(trajectory_folder(o_.out), ec))
            throw output::OutputError(trajectory_folder(o_.out).string(), "",
                                      "exists; use --force to replace it");
        fs::create_directories(folder_);
        const fs::path recorded = folder_ / kExperimentFile;
        if (fs::exists(recorded)) {
            std::ifstream in(recorded);
            const std::string before((std::istreambuf_iterator<char>(in)), {});
            if (before != e_.resolved_json)
                throw output::OutputError(folder_.string(), "",
                                          "this partial sweep was made from another experiment "
                                          "(or another version of this one); use --force to "
                                          "start over");
        } else {
            const fs::path temporary = folder_ / ".experiment.json.tmp";
            std::ofstream(temporary) << e_.resolved_json;
            fs::rename(temporary, recorded);
        }
        // A write cut short leaves its hidden temporary file: the run is simply not saved. A
        // part that cannot be read (a disk that lied about a flush) is run again.
        for (const auto& entry : fs::directory_iterator(folder_)) {
            const bool unfinished = entry.path().filename().string().starts_with(".run-");
            if (unfinished || (part_id(entry.path()) && !readable(entry.path())))
                fs::remove(entry.path());
        }
    }

    static bool readable(const fs::path& part) {
        try {
            output::RunFile file(part);
            return file.has_column("/run/status");
        } catch (const output::OutputError&) {
            return false;
        }
    }

    // The runs saved in the partial folder: run id -> whether it succeeded.
    std::map<int, bool> scan_saved() const {
        std::map<int, bool> saved;
        for (const auto& entry : fs::directory_iterator(folder_)) {
            const auto id = part_id(entry.path());
            if (!id || *id >= static_cast<int>(plan_.size())) continue;
            const output::RunFile part(entry.path());
            const auto status =
                std::get<std::vector<std::string>>(part.column("/run/status").values);
            saved[*id] = status.front() == "ok";
        }
        return saved;
    }

    // Runs one point of the design. A run whose own input is wrong (its factor values make an
    // invalid scenario: an InputError) is a failed run, recorded with its error while the
    // others go on. Anything else stops the sweep: an OutputError is about the sweep's files,
    // not this run, and any other exception is a bug, which must not pass for a failed run;
    // the runs saved so far stay in the partial folder for --resume.
    RunResult execute(int id) const {
        const PlannedRun& run = plan_[static_cast<std::size_t>(id)];
        std::vector<std::string> overrides = factor_overrides(e_, run.values);
        overrides.push_back("/seed=" + std::to_string(run.seed));
        RunResult result;
        try {
            const scenario::Scenario s = scenario::load_scenario(e_.scenario, overrides);
            if (s.year_count() != base_years_ || s.start_year != first_year_)
                throw ScenarioError(e_.scenario.string(), "/years",
                                    "the factors changed the simulated years; every run of a "
                                    "sweep must simulate the base scenario's years");
            RunRecord record = o_.simulate ? o_.simulate(s) : engine::simulate(s, {});
            result.summary = summarise_run(record, s);
            if (e_.keep == Keep::trajectories) result.record = std::move(record);
        } catch (const InputError& error) {
            result.ok = false;
            result.error = error.what();
            result.summary.indicators = indicator_catalogue(static_cast<std::size_t>(base_years_));
        } catch (const output::OutputError&) {
            throw;
        } catch (const std::exception& error) {
            throw std::runtime_error("run " + std::to_string(run.id) + " (seed " +
                                     std::to_string(run.seed) +
                                     ") stopped the sweep: " + error.what() +
                                     "; not an error in the run's input, so not a failed run. "
                                     "The runs saved so far are in " +
                                     folder_.string() + ": --resume finishes the sweep");
        }
        return result;
    }

    void save(const PlannedRun& run, RunResult result) {
        RunRecord& part = result.record;
        if (!part.find(output::axis_scale_path(Axis::year))) part.columns.push_back(years_column());
        if (part.identity.coopsim_version.empty()) stamp(part.identity);
        part.identity.scenario_name = e_.name;
        part.identity.seed = run.seed;
        part.columns.push_back(scalar("/run/id", "run id in the sweep", std::vector<I32>{run.id}));
        part.columns.push_back(scalar("/run/status", "ok or failed",
                                      std::vector<std::string>{result.ok ? "ok" : "failed"}));
        part.columns.push_back(scalar("/run/error", "what a failed run threw",
                                      std::vector<std::string>{result.error}));
        for (const auto& indicator : result.summary.indicators)
            part.columns.push_back(Column{std::string(kPartSummary) + indicator.name,
                                          {Axis::year},
                                          indicator.unit,
                                          indicator.description,
                                          indicator.by_year});
        for (std::size_t k = 0; k < result.summary.fact_ids.size(); ++k)
            part.columns.push_back(scalar(std::string(kPartFacts) + result.summary.fact_ids[k], "",
                                          std::vector<double>{result.summary.fact_values[k]}));
        gate_.pass([&] { output::write_run(part_path(folder_, run.id), part, {.force = true}); });

        const std::lock_guard<std::mutex> lock(mutex_);
        ++progress_.done;
        if (!result.ok) ++progress_.failed;
        if (o_.on_run_saved) o_.on_run_saved(progress_);
    }

    // The base scenario's years, as a run's record holds them (a failed run has none).
    Column years_column() const {
        std::vector<I32> years(static_cast<std::size_t>(base_years_));
        for (std::size_t y = 0; y < years.size(); ++y)
            years[y] = first_year_ + static_cast<I32>(y);
        Column column = columns::header(columns::scales::years);
        column.values = std::move(years);
        return column;
    }

    void assemble(double wall_seconds);

    const Experiment& e_;
    const SweepOptions& o_;
    std::vector<PlannedRun> plan_;
    fs::path folder_;
    int base_years_ = 0, first_year_ = 0;
    std::mutex mutex_;
    output::WriteGate gate_;  // the part files are written from the worker threads
    SweepProgress progress_;
};

// The sweep file: the design table and every run's summary, in run order, read back from the
// parts; then the parts go (or, with trajectories kept, become the trajectory folder).
void Sweep::assemble(double wall_seconds) {
    const std::size_t runs = plan_.size();
    const std::size_t years = static_cast<std::size_t>(base_years_);
    RunRecord sweep;
    stamp(sweep.identity);
    sweep.identity.scenario_name = e_.name;
    sweep.identity.scenario_json = e_.resolved_json;
    sweep.identity.seed = e_.seed;
    sweep.provenance = o_.provenance;
    sweep.provenance.wall_seconds = wall_seconds;

    std::vector<I32> ids(runs), points(runs), replications(runs), blocks(runs), factors(runs);
    std::vector<std::int64_t> seeds(runs);
    std::vector<std::string> status(runs), errors(runs), commands(runs), trajectories(runs);
    std::map<std::string, std::vector<double>> facts;
    std::vector<Column> summaries;
    for (std::size_t r = 0; r < runs; ++r) {
        const PlannedRun& run = plan_[r];
        ids[r] = run.id;
        points[r] = run.point;
        replications[r] = run.replication;
        blocks[r] = run.block;
        factors[r] = run.factor;
        seeds[r] = static_cast<std::int64_t>(run.seed);
        commands[r] = rerun_command(e_, run);
        const fs::path part_file = part_path(folder_, run.id);
        output::RunFile part(part_file);
        status[r] = std::get<std::vector<std::string>>(part.column("/run/status").values).front();
        errors[r] = std::get<std::vector<std::string>>(part.column("/run/error").values).front();
        if (e_.keep == Keep::trajectories)
            trajectories[r] =
                (trajectory_folder(o_.out).filename() / part_file.filename()).string();
        for (const auto& path : part.column_paths()) {
            if (path.starts_with(kPartFacts)) {
                auto& values = facts[path.substr(kPartFacts.size())];
                values.resize(runs, std::numeric_limits<double>::quiet_NaN());
                values[r] = std::get<std::vector<double>>(part.column(path).values).front();
            }
            if (!path.starts_with(kPartSummary)) continue;
            Column column = part.column(path);
            const auto& by_year = std::get<std::vector<double>>(column.values);
            const std::string name = "/summaries/" + path.substr(kPartSummary.size());
            auto found = std::find_if(summaries.begin(), summaries.end(),
                                      [&](const Column& c) { return c.path == name; });
            if (found == summaries.end()) {
                summaries.push_back(Column{
                    name,
                    {Axis::run, Axis::year},
                    column.unit,
                    column.description,
                    std::vector<double>(runs * years, std::numeric_limits<double>::quiet_NaN())});
                found = summaries.end() - 1;
            }
            auto& values = std::get<std::vector<double>>(found->values);
            std::copy(by_year.begin(), by_year.end(),
                      values.begin() + static_cast<std::ptrdiff_t>(r * years));
        }
    }
    auto& cols = sweep.columns;
    const auto per_run = [&](std::string path, std::string description,
                             output::ColumnValues values) {
        cols.push_back(
            Column{std::move(path), {Axis::run}, "", std::move(description), std::move(values)});
    };
    cols.push_back(years_column());
    per_run("/runs", "run id (design point x replications + replication)", ids);
    per_run("/design/point", "design point", points);
    per_run("/design/replication", "replication of the point", replications);
    per_run("/design/seed", "the run's seed", seeds);
    per_run("/design/block",
            "Morris trajectory or Saltelli matrix (0 A, 1 B, 2+i AB_i, 2+k+i BA_i)", blocks);
    per_run("/design/changed_factor",
            "factor index the design changed at this point (Morris, Saltelli), -1 if none",
            factors);
    for (std::size_t i = 0; i < e_.factors.size(); ++i) {
        const Factor& factor = e_.factors[i];
        const std::string path = "/design/factors/" + factor.name;
        const bool numeric = std::all_of(plan_.begin(), plan_.end(), [&](const PlannedRun& run) {
            return run.values[i].is_number();
        });
        if (numeric) {
            std::vector<double> values(runs);
            for (std::size_t r = 0; r < runs; ++r)
                values[r] = plan_[r].values[i].get<double>();
            per_run(path, factor.path, values);
        } else {
            std::vector<std::string> values(runs);
            for (std::size_t r = 0; r < runs; ++r)
                values[r] = plan_[r].values[i].dump();
            per_run(path, factor.path + " (JSON)", values);
        }
    }
    per_run("/design/status", "ok or failed", status);
    per_run("/design/error", "what a failed run threw", errors);
    per_run("/design/rerun_command", "coopsim run command that repeats the run alone", commands);
    if (e_.keep == Keep::trajectories)
        per_run("/design/trajectory_file", "the run's trajectory file, relative to this file",
                trajectories);
    for (auto& column : summaries)
        cols.push_back(std::move(column));
    for (auto& [id, values] : facts)
        cols.push_back(Column{"/facts/" + id,
                              {Axis::run},
                              "",
                              "stylised-fact measure of the run (docs/VALIDATION.md)",
                              values});
    output::write_run(o_.out, sweep, {.force = o_.force});

    if (e_.keep == Keep::trajectories) {
        const fs::path kept = trajectory_folder(o_.out);
        if (o_.force) fs::remove_all(kept);
        fs::create_directories(kept);
        for (const auto& run : plan_)
            fs::rename(part_path(folder_, run.id), kept / part_path(folder_, run.id).filename());
    }
    fs::remove_all(folder_);
}

}  // namespace

fs::path partial_folder(const fs::path& out) {
    return fs::path(out.string() + ".partial");
}

fs::path trajectory_folder(const fs::path& out) {
    fs::path folder = out;
    folder.replace_extension(".runs");
    return folder;
}

SweepOutcome run_sweep(const Experiment& experiment, const SweepOptions& options) {
    Sweep sweep(experiment, options);
    return sweep.run();
}

}  // namespace coopsim::experiment
