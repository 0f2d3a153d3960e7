#pragma once
// Stage 8: the year is recorded. The recorder writes the columns the column tables declare
// (sim/columns/, one row per dataset: path, axes, unit, meaning, source): it appends one row
// per year to the yearly series and, at the end, adds the scales, the static descriptions, the
// sparse flows and the project table, and hands back a RunRecord (docs/OUTPUT.md lists the
// same datasets).
#include <functional>
#include <vector>

#include "output/run_record.hpp"
#include "sim/columns/column_rows.hpp"
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
        std::function<void(const columns::Recorded&, output::ColumnValues&)> append;
    };

    std::vector<Series> series_;
    std::vector<std::int32_t> years_;
    std::vector<engine::Flow> flows_;
    std::vector<std::int32_t> flow_years_;
};

}  // namespace coopsim::stages
