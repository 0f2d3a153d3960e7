#include <algorithm>
#include <array>

#include "sim/cli/command.hpp"

namespace coopsim::cli {

namespace {
constexpr std::array kCommands{
    Command{"run", "Run a scenario and write its trajectories to an HDF5 file", run_run},
    Command{"check", "Run an ensemble and compare it with the stylised facts SF1-SF8", run_check},
    Command{"sweep", "Run an experiment (a design of runs) in parallel, resumably", run_sweep},
    Command{"schema", "Print the JSON Schema (or markdown reference) of scenario files",
            run_schema},
    Command{"import-territories", "Turn a municipal table (e.g. DANE's) into a territories CSV",
            run_import_territories},
    Command{"report", "Write a self-contained HTML report of runs or sweeps, compared (es/en)",
            run_report},
    Command{"figures", "Draw the standard figures of a run or a sweep (PNG and SVG)", run_figures},
    Command{"export", "Write a run's or sweep's tables as CSV files for spreadsheets, R and Stata",
            run_export},
};
}  // namespace

std::span<const Command> commands() {
    return kCommands;
}

const Command* find_command(std::string_view name) {
    auto it = std::find_if(kCommands.begin(), kCommands.end(),
                           [&](const Command& c) { return c.name == name; });
    return it == kCommands.end() ? nullptr : &*it;
}

}  // namespace coopsim::cli
