#pragma once
// The one way coopsim runs work in parallel: a loop over agent indices where each index writes
// only its own slots. Any reduction over the results is done afterwards, serially, in index
// order, so the result is the same for every thread count (docs/ARCHITECTURE.md).
#include <cstddef>

#include <oneapi/tbb/blocked_range.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#if defined(__SANITIZE_THREAD__)
#include <algorithm>
#include <thread>
#include <vector>
#endif

namespace coopsim::engine {

template <typename Body>
void for_each_index(std::size_t count, const Body& body) {
#if defined(__SANITIZE_THREAD__)
    // ThreadSanitizer cannot see the synchronisation inside Debian's libtbb (not built with
    // -fsanitize=thread) and reports every hand-over between the caller and TBB's workers as a
    // race. Under TSan the same loop runs on plain threads, whose start and join it does see,
    // so what it checks is the one thing that matters: that indices never touch each other's
    // slots. The results are the same either way (each index writes only its own slots).
    const std::size_t threads =
        std::min<std::size_t>(count, oneapi::tbb::global_control::active_value(
                                         oneapi::tbb::global_control::max_allowed_parallelism));
    std::vector<std::thread> workers;
    for (std::size_t w = 0; w < threads; ++w) {
        workers.emplace_back([&, w] {
            for (std::size_t i = w; i < count; i += threads)
                body(i);
        });
    }
    for (std::thread& worker : workers)
        worker.join();
#else
    // Indices per task: enough work per task for the year loop's small bodies.
    constexpr std::size_t kGrainSize = 16;
    oneapi::tbb::parallel_for(oneapi::tbb::blocked_range<std::size_t>(0, count, kGrainSize),
                              [&](const oneapi::tbb::blocked_range<std::size_t>& range) {
                                  for (std::size_t i = range.begin(); i != range.end(); ++i)
                                      body(i);
                              });
#endif
}

}  // namespace coopsim::engine
