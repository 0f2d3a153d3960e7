#pragma once
// Keyed, counter-based random streams.
//
// Every random draw in coopsim comes from a stream identified by (run seed, purpose, agent kind,
// agent index, year, sub-index). A stream is a pure function of that key and a draw counter, so
// the numbers an agent sees do not depend on how many threads run, in which order agents are
// visited, or what other agents drew. The distributions are written here (not taken from
// <random>, whose algorithms differ between standard libraries) so that a seed gives the same
// bits with any compiler that provides IEEE-754 doubles.
#include <cstdint>

namespace coopsim::engine {

// Why a number is drawn. Each purpose's number is part of every key drawn for it, so the
// numbers are written out: inserting or reordering a purpose must not renumber the others
// (tests/sim/random/random_stream_test.cpp pins each one). A new purpose takes the next free
// number; adding one never changes the numbers of the existing ones.
enum class Purpose : std::uint32_t {
    actor_setup = 1,
    mayor_priority = 2,
    budget_shock = 3,
    conflict = 4,
    training_rank = 5,
    actor_choice = 6,
    government_effort = 7,
    proposal = 8,
    donor_decision = 9,
    renewal = 10,
    project_outcome = 11,
    memory = 12,
    experiment_design = 13,  // sampling the points of an experiment's design (sim/experiment)
    run_seed = 14,           // deriving each run's seed from the experiment seed
};

// Whose number it is. Like a purpose, each kind's number is part of the key: written out and
// pinned by the test.
enum class AgentKind : std::uint32_t {
    territory = 1,
    actor = 2,
    donor = 3,
    project = 4,
    experiment = 5,  // the key's agent is a design point (or the whole design), its sub-index a
                     // replication
};

class RandomStream {
  public:
    RandomStream(std::uint64_t seed, Purpose purpose, AgentKind kind, std::uint64_t agent, int year,
                 std::uint64_t sub = 0);

    std::uint64_t next_u64();
    double uniform();                 // [0, 1), 53 random bits
    bool bernoulli(double p);         // true with probability p (clamped to [0,1])
    int uniform_int(int lo, int hi);  // inclusive bounds, lo <= hi
    double normal();                  // standard normal (Box–Muller, one value per call)
    double gamma(double shape);       // Marsaglia–Tsang, shape > 0
    double beta(double a, double b);  // via two gammas
    int poisson(double mean);  // exact inversion for small means, PTRS-free normal tail above

  private:
    std::uint64_t key_;
    std::uint64_t counter_ = 0;
};

// The SplitMix64 finaliser: a bijective 64-bit mixer with full avalanche.
std::uint64_t mix64(std::uint64_t x);

}  // namespace coopsim::engine
