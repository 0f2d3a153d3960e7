#pragma once
// Every column a run's file holds, table by table. The file lists the `once` rows of every
// table first, then the `yearly` rows, then the `at_end` rows, each in table order.
#include <tuple>
#include <vector>

#include "sim/columns/actor_columns.hpp"
#include "sim/columns/donor_columns.hpp"
#include "sim/columns/project_columns.hpp"
#include "sim/columns/row_columns.hpp"
#include "sim/columns/run_columns.hpp"
#include "sim/columns/territory_columns.hpp"

namespace coopsim::columns {

inline constexpr std::tuple kRecordTables{&scales::table, &national::table, &territories::table,
                                          &donors::table, &actors::table,   &routes::table,
                                          &flows::table,  &projects::table};

// Calls f(row) for every row written `when`, in file order.
template <class F>
void for_each_recorded(Written when, F&& f) {
    std::apply(
        [&](const auto*... tables) {
            (for_each_row(*tables,
                          [&](const auto& row) {
                              if (row.written == when) f(row);
                          }),
             ...);
        },
        kRecordTables);
}

// The datasets of a run's file in file order, without values (the type of the empty values is
// the stored type).
std::vector<output::Column> recorded_datasets();

}  // namespace coopsim::columns
