#pragma once
// Running the real coopsim executable, as a user would, and capturing what it says.
#include <filesystem>
#include <string>
#include <vector>

namespace coopsim::cli::testing {

struct Outcome {
    int exit_code = -1;  // 128 + signal number when killed by a signal
    std::string out;     // stdout
    std::string err;     // stderr
};

// Runs `coopsim args...` in the folder `cwd` with stdin from /dev/null. stdout and stderr go
// to files outside `cwd` (so they never count as output left behind), hence are not terminals:
// progress comes as plain lines.
Outcome run_coopsim(const std::vector<std::string>& args, const std::filesystem::path& cwd);

}  // namespace coopsim::cli::testing
