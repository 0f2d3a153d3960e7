#pragma once
// The chunk shape of a dataset: how it is cut into the pieces HDF5 compresses and reads
// whole. Analysis reads a few years of every territory at a time, so chunks span few years
// and the full length of the other axes, capped so that one chunk stays near 1 MiB.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace coopsim::output {

inline constexpr std::size_t kMaxChunkBytes = std::size_t{1} << 20;
inline constexpr std::uint64_t kMaxYearsPerChunk = 16;
// Below this size a dataset is stored contiguous and uncompressed: chunk indexing and
// compression would cost more than they save.
inline constexpr std::size_t kContiguousBelowBytes = 4096;

// The chunk shape for a dataset of `shape` whose elements take `element_bytes` in a chunk, or
// an empty vector for contiguous storage. `year_first`: the first axis is the year axis.
// A dataset with a zero-length axis is always chunked: HDF5 allows a zero-length dimension
// only as an extendible one, and extendible datasets must be chunked.
std::vector<std::uint64_t> chunk_shape(std::span<const std::uint64_t> shape,
                                       std::size_t element_bytes, bool year_first);

}  // namespace coopsim::output
