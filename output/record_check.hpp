#pragma once
// Consistency of a RunRecord before it is written: mistakes of the code that built it, caught
// before any file is touched so that the error names the column rather than an HDF5 failure.
#include <string>

#include "output/run_record.hpp"

namespace coopsim::output {

// Throws OutputError(file, column path, what is wrong) for the first inconsistent column:
// a path that is not absolute or has an empty part, a reserved or repeated path, an axis
// without its scale column, a scale column that is not 1-D over its own axis, the year axis
// other than first, or a number of values other than the product of the axes' lengths.
void check_record(const RunRecord& record, const std::string& file);

// Paths the format reserves for itself (docs/OUTPUT.md).
inline constexpr const char* kProvenanceGroup = "/provenance";

}  // namespace coopsim::output
