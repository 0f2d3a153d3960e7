#pragma once
// Files written from several threads at once (the runs of a sweep). The HDF5 library may be
// built without thread safety; then no two of its calls may run at the same time, so every
// write passes through one gate that lets one thread in at a time. With a thread-safe library
// (the one Debian ships) the gate stands open and the writes run in parallel.
#include <mutex>
#include <utility>

namespace coopsim::output {

// Whether the HDF5 library this program runs with may be called from several threads at once
// (H5is_library_threadsafe: built with --enable-threadsafe).
bool hdf5_thread_safe();

class WriteGate {
  public:
    // serialise: let one write through at a time; by default, when HDF5 is not thread-safe.
    explicit WriteGate(bool serialise = !hdf5_thread_safe()) : serialise_(serialise) {}
    WriteGate(const WriteGate&) = delete;
    WriteGate& operator=(const WriteGate&) = delete;

    bool serialises() const { return serialise_; }

    // Runs `write` (a call that writes or reads a file), alone when the gate serialises.
    template <class Write>
    void pass(Write&& write) {
        std::unique_lock<std::mutex> lock(mutex_, std::defer_lock);
        if (serialise_) lock.lock();
        std::forward<Write>(write)();
    }

  private:
    const bool serialise_;
    std::mutex mutex_;
};

}  // namespace coopsim::output
