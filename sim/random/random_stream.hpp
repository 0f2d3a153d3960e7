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

// Why a number is drawn. Adding a purpose never changes the numbers of the existing ones.
enum class Purpose : std::uint32_t {
    actor_setup = 1,
    mayor_priority,
    budget_shock,
    conflict,
    training_rank,
    actor_choice,
    government_effort,
    proposal,
    donor_decision,
    renewal,
    project_outcome,
    memory,
    experiment_design,  // sampling the points of an experiment's design (sim/experiment)
    run_seed,           // deriving each run's seed from the experiment seed
};

// `experiment`: the key's agent is a design point (or the whole design), its sub-index a
// replication.
enum class AgentKind : std::uint32_t { territory = 1, actor, donor, project, experiment };

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
