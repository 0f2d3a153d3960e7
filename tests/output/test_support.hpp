#pragma once
// Shared by the output tests: a synthetic run record that exercises every value type, several
// axes (one of length zero) and a scalar, and a scratch folder removed after each test.
#include <filesystem>
#include <string>

#include "output/run_record.hpp"

namespace coopsim::output::testing {

// Years 2020-2024, 3 territories (string codes), 2 donors (int64 ids), 600 actors (so that
// one dataset is large enough to be chunked and compressed), 0 projects. Columns of /donors
// use the territory and project axes, whose scales live in other groups.
RunRecord sample_record();

// A fresh empty folder under the system temp folder, removed with everything in it when the
// object is destroyed.
class ScratchDir {
  public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Names of the entries in the folder, hidden ones included, sorted.
    std::vector<std::string> entries() const;

  private:
    std::filesystem::path path_;
};

// Runs a shell command; returns its exit status and fills `output` with stdout and stderr.
int run_command(const std::string& command, std::string& output);

}  // namespace coopsim::output::testing
