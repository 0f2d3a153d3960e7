#pragma once
// The short report printed after a run: what was run, then cooperation received by year, by
// route, by fiscal category and for the ten territories that received most. It reads only
// the RunRecord, so it can summarise a file read back from disk just as well.
#include <iosfwd>
#include <string>

#include "output/run_record.hpp"

namespace coopsim::cli {

void print_run_summary(std::ostream& out, const output::RunRecord& record,
                       const std::string& output_file);

}  // namespace coopsim::cli
