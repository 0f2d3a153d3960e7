// The column tables against what a run really writes: the recorder writes exactly the tables'
// datasets, in their order; enum columns hold the names of scenario::EnumNames; the state's
// fields of recorded columns keep their path and unit.
#include <gtest/gtest.h>

#include <algorithm>

#include "sim/columns/state_columns.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/engine/world_state.hpp"
#include "tiny_world.hpp"

namespace coopsim::columns {
namespace {

output::Column without_values(output::Column column) {
    std::visit([](auto& values) { values.clear(); }, column.values);
    return column;
}

const output::RunRecord& tiny_run() {
    static const output::RunRecord record =
        engine::simulate(testing::load(testing::tiny_scenario_json()), {1, {}});
    return record;
}

TEST(ColumnTable, ARunWritesExactlyTheTablesDatasetsInOrder) {
    const auto& record = tiny_run();
    ASSERT_GT(record.columns.size(), 50u);
    std::vector<output::Column> written;
    for (const auto& column : record.columns)
        written.push_back(without_values(column));
    EXPECT_EQ(written, recorded_datasets());
}

TEST(ColumnTable, EveryAxisScaleIsAScaleRow) {
    const auto datasets = recorded_datasets();
    for (const Axis axis : output::kAllAxes) {
        if (axis == Axis::run) continue;  // sweeps only
        const auto scale = std::find_if(datasets.begin(), datasets.end(), [&](const auto& c) {
            return c.path == output::axis_scale_path(axis);
        });
        ASSERT_NE(scale, datasets.end()) << output::axis_name(axis);
        EXPECT_EQ(scale->axes, std::vector<Axis>{axis}) << scale->path;
    }
}

// Every value of the string column `row` of the run is one of Enum's names.
template <class Enum, class Row>
void expect_names_of(const Row& row) {
    const auto* column = tiny_run().find(row.path);
    ASSERT_NE(column, nullptr) << row.path;
    const auto& values = std::get<std::vector<std::string>>(column->values);
    ASSERT_FALSE(values.empty()) << row.path;
    const auto& names = scenario::EnumNames<Enum>::names;
    for (const auto& value : values)
        EXPECT_NE(std::find(names.begin(), names.end(), value), names.end())
            << row.path << ": " << value;
}

TEST(ColumnTable, EnumColumnsHoldTheEnumNames) {
    expect_names_of<agents::ProjectCarrier>(projects::carrier);
    expect_names_of<agents::ProjectOutcome>(projects::outcome);
    expect_names_of<scenario::ActorType>(actors::type);
    expect_names_of<scenario::DonorType>(donors::type);
}

TEST(ColumnTable, AStateFieldOfARecordedColumnKeepsItsPathUnitAndMember) {
    const StateField field = saved(territories::stage, "at the start of the year");
    EXPECT_EQ(state_path(field), "/state/territories/stage");
    EXPECT_EQ(field.unit, territories::stage.unit);
    EXPECT_EQ(field.member, territories::stage.member);
    EXPECT_EQ(saved(territories::committee).description, territories::committee.description);
}

TEST(ColumnTable, SavedStateHoldsTheStateTableAfterItsScalars) {
    auto tiny = testing::make_tiny_world();
    const auto saved_columns = engine::state_columns(tiny.world, 0);
    std::vector<std::string> paths;
    std::apply([&](const auto&... rows) { (paths.push_back(state_path(rows)), ...); },
               state::table);
    ASSERT_EQ(saved_columns.size(), paths.size() + 3);  // year, format version, project count
    for (std::size_t k = 0; k < paths.size(); ++k)
        EXPECT_EQ(saved_columns[k + 3].path, paths[k]);
}

}  // namespace
}  // namespace coopsim::columns
