// Cost of simulating a territory-year, by world size and thread count.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOOPSIM_BUILD_BENCH=ON
//   cmake --build build-bench --target coopsim_bench
//   build-bench/bench/coopsim_bench --benchmark_counters_tabular=true
//
// The world is scenarios/caldono.json with its territories replicated (new DANE codes, same
// department) to reach the size asked for; donors' budgets are scaled with the replication so
// each territory sees the same competition. Reported: wall time per run and the counter
// `ns_per_territory_year` (wall time / (territories × years)).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "sim/engine/simulation.hpp"
#include "sim/scenario/load.hpp"

namespace {

using nlohmann::json;

coopsim::scenario::Scenario scaled_caldono(int territories) {
    const std::filesystem::path file =
        std::filesystem::path(COOPSIM_SOURCE_DIR) / "scenarios" / "caldono.json";
    std::ifstream in(file);
    json doc = json::parse(in);
    const json base = doc["territories"];
    json out = json::array();
    for (int k = 0; static_cast<int>(out.size()) < territories; ++k) {
        for (const auto& t : base) {
            if (static_cast<int>(out.size()) == territories) break;
            json copy = t;
            copy["dane_code"] = 1 + static_cast<int>(out.size());
            copy["name"] = t["name"].get<std::string>() + " " + std::to_string(k);
            copy.erase("actors");  // generated actors scale with population like real ones
            out.push_back(copy);
        }
    }
    const double scale = static_cast<double>(territories) / static_cast<double>(base.size());
    for (auto& d : doc["donors"]) {
        d["budget_usd"] = d["budget_usd"].get<double>() * scale;
        d["max_partners"] = static_cast<int>(d["max_partners"].get<int>() * scale) + 1;
        d.erase("departments");
    }
    doc["territories"] = out;
    doc.erase("targets");  // validation targets name real DANE codes, gone from this world
    return coopsim::scenario::load_scenario_json(doc, file.string(), file.parent_path());
}

void BM_YearLoop(benchmark::State& state) {
    const auto territories = static_cast<int>(state.range(0));
    const auto threads = static_cast<int>(state.range(1));
    const auto scenario = scaled_caldono(territories);
    for (auto _ : state) {
        auto record = coopsim::engine::simulate(scenario, {threads, {}});
        benchmark::DoNotOptimize(record.columns.data());
    }
    const double territory_years = static_cast<double>(territories) * scenario.year_count();
    state.counters["ns_per_territory_year"] =
        benchmark::Counter(territory_years * 1e-9, benchmark::Counter::kIsIterationInvariantRate |
                                                       benchmark::Counter::kInvert);
}

BENCHMARK(BM_YearLoop)
    ->ArgsProduct({{11, 110, 1100}, {1, 2}})
    ->ArgNames({"territories", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
