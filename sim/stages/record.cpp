// Stage 8: the year is recorded, as the column tables of sim/columns/ declare it.
#include "sim/stages/record.hpp"

#include "sim/columns/recorded_columns.hpp"

namespace coopsim::stages {

using columns::Written;

TrajectoryRecorder::TrajectoryRecorder() {
    columns::for_each_recorded(Written::yearly, [&](const auto& row) {
        series_.push_back({columns::header(row),
                           [&row](const columns::Recorded& recorded, output::ColumnValues& values) {
                               columns::append(row, recorded, values);
                           }});
    });
}

void TrajectoryRecorder::record_year(const engine::World& world) {
    years_.push_back(world.year);
    const columns::Recorded recorded{world, years_, flows_, flow_years_};
    for (auto& s : series_)
        s.append(recorded, s.column.values);
    for (const auto& flow : world.ledger.flows) {
        flows_.push_back(flow);
        flow_years_.push_back(world.year);
    }
}

output::RunRecord TrajectoryRecorder::finish(const engine::World& world) {
    const columns::Recorded recorded{world, years_, flows_, flow_years_};
    output::RunRecord record;
    auto& cols = record.columns;
    // Scales first (they become the dimension scales) and static descriptions, then the yearly
    // series, then the tables that grew during the run.
    columns::for_each_recorded(
        Written::once, [&](const auto& row) { cols.push_back(columns::column(row, recorded)); });
    for (auto& s : series_)
        cols.push_back(std::move(s.column));
    series_.clear();
    columns::for_each_recorded(
        Written::at_end, [&](const auto& row) { cols.push_back(columns::column(row, recorded)); });
    return record;
}

}  // namespace coopsim::stages
