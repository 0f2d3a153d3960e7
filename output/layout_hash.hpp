#pragma once
// A fingerprint of a file's layout: FNV-1a (64 bit) over each column's path, axes, unit and
// stored type, in order. Descriptions and values do not count. The format version follows it:
// tests pin the hash of every version's dataset table (docs/OUTPUT.md, "Format history").
#include <cstdint>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::output {

std::uint64_t layout_hash(const std::vector<Column>& columns);

}  // namespace coopsim::output
