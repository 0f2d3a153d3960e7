#pragma once
// The saved state of a world: every variable that carries over from one year to the next, as
// named columns under /state of a run's file (docs/OUTPUT.md, "Saved state").
//
// What is saved is the state table, sim/columns/state_columns.hpp: the territories', local
// actors' and donors' changing variables, the territory x donor trust and last year's donor
// activity, the running totals of the projects approved so far; and the year. What is not: the
// scenario (the continuing run brings its own), the territories' fixed attributes (copied from
// that scenario), what stages hand each other within a year (proposals, the ledger), and any
// random stream position: streams are keyed by (seed, purpose, agent, year, sub-index), so the
// year is all there is.
#include <cstddef>
#include <string>
#include <vector>

#include "output/reader.hpp"
#include "output/run_record.hpp"
#include "sim/world/world.hpp"

namespace coopsim::engine {

// Version of the /state layout ("MAJOR.MINOR"); a reader refuses another major version.
inline constexpr const char* kStateFormatVersion = "1.0";
inline constexpr int kStateFormatMajor = 1;
// The scalar columns that identify a saved state.
inline constexpr const char* kStateYearPath = "/state/year";
inline constexpr const char* kStateFormatPath = "/state/format_version";

// The columns saving `world` as it stands at the start of world.year. Columns over projects
// have `project_rows` (>= world.projects.size()) rows, the length of the record's project axis:
// the rows of projects approved later hold nothing disbursed and no outcome.
std::vector<output::Column> state_columns(const World& world, std::size_t project_rows);

// Puts the state saved in `file` (called `file_name` in messages) into `world`, built by
// make_world from the scenario that continues it, and sets world.year to the state's year.
// Throws InputError when the saved world does not fit the scenario (another number of
// territories, donors or local actors, another DANE code or donor), OutputError when a column
// is missing or malformed.
void restore_state(World& world, const output::RunFile& file, const std::string& file_name);

}  // namespace coopsim::engine
