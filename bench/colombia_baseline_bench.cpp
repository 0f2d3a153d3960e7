// Speed of the baseline: scenarios/colombia-baseline.json (every municipal unit of Colombia,
// 2008 to 2040) as shipped, by thread count, with the time spent in each stage of the year.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOOPSIM_BUILD_BENCH=ON
//   cmake --build build-bench --target coopsim_baseline_bench
//   build-bench/bench/coopsim_baseline_bench --benchmark_counters_tabular=true
//
// Reported: wall time per run; `us_per_territory_year` (wall time / (territories × years));
// and one column per part of the run (engine::StageTimes: 0 building the world, 1-7 the stages
// of the year, 8 recording it, 9 finishing the record), in seconds of wall time per run
// ("412m" is 412 ms).
#include <benchmark/benchmark.h>

#include <exception>
#include <filesystem>
#include <string>
#include <thread>

#include "sim/engine/simulation.hpp"
#include "sim/engine/stage_times.hpp"
#include "sim/scenario/load.hpp"

namespace {

using coopsim::engine::StageTimes;

const coopsim::scenario::Scenario& colombia_baseline() {
    static const auto scenario = coopsim::scenario::load_scenario(
        std::filesystem::path(COOPSIM_SOURCE_DIR) / "scenarios" / "colombia-baseline.json");
    return scenario;
}

void BM_ColombiaBaseline(benchmark::State& state) {
    const coopsim::scenario::Scenario* scenario = nullptr;
    try {
        scenario = &colombia_baseline();
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
        return;
    }
    StageTimes times;
    coopsim::engine::RunOptions options;
    options.threads = static_cast<int>(state.range(0));
    options.stage_times = &times;
    for (auto _ : state) {
        auto record = coopsim::engine::simulate(*scenario, options);
        benchmark::DoNotOptimize(record.columns.data());
    }

    const double territory_years =
        static_cast<double>(scenario->territories.size()) * scenario->year_count();
    state.counters["us_per_territory_year"] =
        benchmark::Counter(territory_years * 1e-6, benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
    // Named "<k>_<part>" so the table keeps the order of the year (user counters are sorted
    // by name): 1 to 8 are the brief's stages, 0 and 9 building the world and the record.
    for (std::size_t k = 0; k < times.seconds.size(); ++k)
        state.counters[std::to_string(k) + "_" + StageTimes::names[k]] =
            benchmark::Counter(times.seconds[k], benchmark::Counter::kAvgIterations);
}

// 1 and 2 threads, and every hardware thread when there are more.
void thread_counts(benchmark::internal::Benchmark* b) {
    b->Arg(1)->Arg(2);
    const auto hardware = static_cast<int>(std::thread::hardware_concurrency());
    if (hardware > 2) b->Arg(hardware);
}

BENCHMARK(BM_ColombiaBaseline)
    ->Apply(thread_counts)
    ->ArgName("threads")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
