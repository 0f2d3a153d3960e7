#pragma once
// The one way coopsim runs work in parallel: a loop over agent indices where each index writes
// only its own slots. Any reduction over the results is done afterwards, serially, in index
// order, so the result is the same for every thread count (docs/ARCHITECTURE.md).
#include <cstddef>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/parallel_for.h>

namespace coopsim::engine {

template <typename Body>
void for_each_index(std::size_t count, const Body& body) {
    oneapi::tbb::parallel_for(oneapi::tbb::blocked_range<std::size_t>(0, count, 16),
                              [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
                                  for (std::size_t i = range.begin(); i != range.end(); ++i) body(i);
                              });
}

}  // namespace coopsim::engine
