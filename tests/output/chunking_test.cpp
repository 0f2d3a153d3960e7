#include "output/chunking.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace coopsim::output {
namespace {

using Dims = std::vector<std::uint64_t>;

std::size_t chunk_bytes(const Dims& chunk, std::size_t element_bytes) {
    std::size_t bytes = element_bytes;
    for (auto length : chunk)
        bytes *= length;
    return bytes;
}

// A scalar cannot be chunked, and a dataset of a few hundred bytes gains nothing from it:
// both stay contiguous (empty chunk shape).
TEST(ChunkShape, ScalarsAndTinyDatasetsAreContiguous) {
    EXPECT_TRUE(chunk_shape(Dims{}, 8, false).empty());
    EXPECT_TRUE(chunk_shape(Dims{5, 3}, 8, true).empty());
}

// HDF5 accepts a zero-length dimension only in an extendible, hence chunked, dataset; chunk
// lengths must be at least 1.
TEST(ChunkShape, ZeroLengthAxisIsChunkedWithPositiveLengths) {
    EXPECT_EQ(chunk_shape(Dims{0}, 4, false), (Dims{1}));
    EXPECT_EQ(chunk_shape(Dims{30, 0}, 8, true), (Dims{16, 1}));
}

// Chunks span at most 16 years and the full length of the other axes, so reading a few years
// of every territory touches few chunks.
TEST(ChunkShape, YearAxisCutIntoSixteenYearsOtherAxesWhole) {
    EXPECT_EQ(chunk_shape(Dims{50, 1100}, 8, true), (Dims{16, 1100}));
    EXPECT_EQ(chunk_shape(Dims{10, 1100}, 8, true), (Dims{10, 1100}));
}

// Without a year axis nothing is cut while the chunk fits in 1 MiB.
TEST(ChunkShape, NoYearAxisKeepsFullLength) {
    EXPECT_EQ(chunk_shape(Dims{1100, 3}, 8, false), (Dims{1100, 3}));
}

// A large year x territory x territory matrix: first fewer years per chunk, then the longest
// other axis is halved until the chunk is at most 1 MiB.
TEST(ChunkShape, LargeChunksAreCappedNearOneMebibyte) {
    Dims chunk = chunk_shape(Dims{40, 1100, 1100}, 8, true);
    ASSERT_EQ(chunk.size(), 3u);
    EXPECT_EQ(chunk[0], 1u);
    EXPECT_LE(chunk_bytes(chunk, 8), kMaxChunkBytes);
    EXPECT_GT(chunk_bytes(chunk, 8), kMaxChunkBytes / 4);  // not cut needlessly small
}

}  // namespace
}  // namespace coopsim::output
