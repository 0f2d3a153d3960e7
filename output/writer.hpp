#pragma once
// Storing a RunRecord as an HDF5 trajectory file (format: docs/OUTPUT.md).
#include <filesystem>

#include "output/run_record.hpp"

namespace coopsim::output {

struct WriteOptions {
    bool force = false;  // replace an existing file
};

// Writes `record` to `path` atomically: under a temporary name in the same folder, renamed to
// `path` only once complete; on failure nothing is left behind and an existing `path` is
// untouched. The file's format_version is kFormatVersion, whatever record.identity says.
// Throws OutputError (naming the file and the HDF5 object) when `path` exists and
// !opts.force, when its folder is missing or not writable, when the record is inconsistent
// (a column whose size is not the product of its axes' lengths, an axis without its scale
// column, ...) and when HDF5 fails.
void write_run(const std::filesystem::path& path, const RunRecord& record,
               const WriteOptions& opts = {});

}  // namespace coopsim::output
