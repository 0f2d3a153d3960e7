#include "output/chunking.hpp"

#include <algorithm>

namespace coopsim::output {

namespace {

std::size_t bytes_of(std::span<const std::uint64_t> shape, std::size_t element_bytes) {
    std::size_t bytes = element_bytes;
    for (std::uint64_t length : shape)
        bytes *= static_cast<std::size_t>(length);
    return bytes;
}

}  // namespace

std::vector<std::uint64_t> chunk_shape(std::span<const std::uint64_t> shape,
                                       std::size_t element_bytes, bool year_first) {
    if (shape.empty()) return {};
    bool has_zero = std::find(shape.begin(), shape.end(), 0) != shape.end();
    if (!has_zero && bytes_of(shape, element_bytes) < kContiguousBelowBytes) return {};

    std::vector<std::uint64_t> chunk(shape.begin(), shape.end());
    for (std::uint64_t& length : chunk)
        length = std::max<std::uint64_t>(length, 1);
    if (year_first) chunk.front() = std::min(chunk.front(), kMaxYearsPerChunk);

    // Over the cap: first fewer years per chunk, then halve the longest other axis.
    while (bytes_of(chunk, element_bytes) > kMaxChunkBytes) {
        auto others = chunk.begin() + (year_first ? 1 : 0);
        auto longest = std::max_element(others, chunk.end());
        auto target = (year_first && chunk.front() > 1) ? chunk.begin() : longest;
        if (target == chunk.end() || *target <= 1) break;
        *target = (*target + 1) / 2;
    }
    return chunk;
}

}  // namespace coopsim::output
