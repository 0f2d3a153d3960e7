#pragma once
// Wall time spent in each part of a run, measured by engine::simulate when RunOptions asks for
// it (benchmarks, profiling). Timing only reads a clock: it never changes the run.
#include <array>
#include <cstddef>

namespace coopsim::engine {

struct StageTimes {
    // The parts of a run, in the order they happen: building the world, the seven stages of
    // the year and its recording (stage 8), then the finished record.
    enum Stage : std::size_t {
        make_world,
        context,
        actor_choice,
        government_effort,
        proposals,
        donor_decisions,
        projects,
        memory,
        record,  // TrajectoryRecorder::record_year
        finish,  // TrajectoryRecorder::finish
        count
    };
    static constexpr std::array<const char*, count> names = {
        "make_world", "context",         "actor_choice", "government_effort",
        "proposals",  "donor_decisions", "projects",     "memory",
        "record",     "finish"};

    // Seconds of wall time per part, indexed by Stage; simulate adds to them, so one
    // StageTimes can accumulate several runs.
    std::array<double, count> seconds{};

    double total() const {
        double sum = 0;
        for (const double s : seconds)
            sum += s;
        return sum;
    }
};

}  // namespace coopsim::engine
