#pragma once
// Stage 8: the year is recorded. The recorder declares every output series once — its path,
// axes, unit and meaning — and appends one row per year; at the end it adds the static
// descriptions, the sparse flows and the project table, and hands back a RunRecord
// (docs/OUTPUT.md lists the same datasets).
#include <functional>
#include <string>
#include <vector>

#include "output/run_record.hpp"
#include "sim/world/world.hpp"

namespace coopsim::stages {

class TrajectoryRecorder {
  public:
    TrajectoryRecorder();
    void record_year(const engine::World& world);
    output::RunRecord finish(const engine::World& world);

  private:
    struct Series {
        output::Column column;
        std::function<void(const engine::World&, output::ColumnValues&)> append;
    };
    template <typename T, typename Get>
    void series(std::string path, output::Axis agents, std::string unit, std::string description,
                Get get);
    template <typename T, typename Get>
    void yearly(std::string path, std::string unit, std::string description, Get get);

    std::vector<Series> series_;
    std::vector<std::int32_t> years_;
    std::vector<engine::Flow> flows_;
    std::vector<std::int32_t> flow_years_;
};

}  // namespace coopsim::stages
