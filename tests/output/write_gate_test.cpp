// The gate the sweep's worker threads write their part files through: it asks HDF5 whether
// the library is thread-safe, and when it serialises, no two writes ever overlap.
#include "output/write_gate.hpp"

#include <gtest/gtest.h>

#include <H5pubconf.h>

#include <atomic>
#include <thread>
#include <vector>

namespace coopsim::output {
namespace {

// The library's answer at run time is the configuration it was built with (H5pubconf.h), and
// the default gate serialises exactly when that library is not thread-safe.
TEST(WriteGate, AsksTheLibraryWhetherItIsThreadSafe) {
#ifdef H5_HAVE_THREADSAFE
    const bool built_thread_safe = true;
#else
    const bool built_thread_safe = false;
#endif
    EXPECT_EQ(hdf5_thread_safe(), built_thread_safe);
    EXPECT_EQ(WriteGate().serialises(), !built_thread_safe);
}

// Four threads pass many times each through a serialising gate; each pass counts the passes
// inside the gate with it, and takes long enough (a few hundred steps) that two unserialised
// passes on two cores would overlap many times over. No pass ever sees another.
TEST(WriteGate, SerialisingGateLetsOneWriteThroughAtATime) {
    WriteGate gate(true);
    ASSERT_TRUE(gate.serialises());
    std::atomic<int> inside{0}, most{0}, passes{0};
    const auto pass_many = [&] {
        for (int k = 0; k < 2000; ++k)
            gate.pass([&] {
                const int now = ++inside;
                for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);)
                    ;
                for (int step = 0; step < 300; ++step)
                    passes.fetch_add(0);  // work the other threads could overlap with
                ++passes;
                --inside;
            });
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back(pass_many);
    for (auto& thread : threads)
        thread.join();
    EXPECT_EQ(passes.load(), 4 * 2000);  // every write went through
    EXPECT_EQ(most.load(), 1);
}

// An open gate holds no lock: a pass inside a pass (which a serialising gate would deadlock
// on) goes straight through.
TEST(WriteGate, OpenGateHoldsNoLock) {
    WriteGate gate(false);
    EXPECT_FALSE(gate.serialises());
    int writes = 0;
    gate.pass([&] { gate.pass([&] { ++writes; }); });
    EXPECT_EQ(writes, 1);
}

}  // namespace
}  // namespace coopsim::output
