#pragma once
// A run's file that holds a saved state, opened to continue a run from it (coopsim run
// --from-state FILE:YEAR; docs/OUTPUT.md, "Saved state").
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "output/reader.hpp"
#include "output/run_record.hpp"

namespace coopsim::engine {

struct World;

class SavedState {
  public:
    // Opens `file` and checks that it holds the state of the world at the start of `year`.
    // Throws OutputError when the file is missing, not a coopsim run file or unreadable,
    // InputError when it holds no saved state or the state of another year.
    SavedState(const std::filesystem::path& file, int year);

    const std::string& file() const { return file_; }
    int year() const { return year_; }
    // The first year of the run that saved the state.
    int first_year() const { return years_.front(); }

    // Puts the saved state into `world`, built by make_world from the scenario that continues
    // it (restore_state in world_state.hpp).
    void restore(World& world) const;

    // Puts in front of `record`, the continued run's record, the saved run's rows of the years
    // before year(): those of every column over years, and the flows of those years.
    void prepend_history(output::RunRecord& record) const;

  private:
    std::string file_;
    output::RunFile run_;
    int year_;
    std::vector<std::int32_t> years_;  // the saved run's
};

}  // namespace coopsim::engine
