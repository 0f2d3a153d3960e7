#pragma once
// What the CLI records about how a run was made (the file's /provenance group): when, where,
// how long, with how many threads and from which command line.
#include <chrono>
#include <string>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::cli {

output::RunProvenance make_provenance(std::string command_line, double wall_seconds, int threads);

// ISO 8601 in UTC to the second, e.g. "2026-11-25T01:30:00Z".
std::string utc_timestamp(std::chrono::system_clock::time_point when);

// The arguments joined so that pasting the result into a POSIX shell repeats the command.
std::string shell_quoted(const std::vector<std::string>& argv);

}  // namespace coopsim::cli
