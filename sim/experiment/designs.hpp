#pragma once
// Sampling designs of `coopsim sweep` experiments (issue 4 §1).
//
// Methods:
// - full factorial: every combination of the factors' levels;
// - Latin hypercube sampling: McKay, Beckman & Conover (1979);
// - Morris elementary effects: Morris (1991), "Factorial sampling plans for preliminary
//   computational experiments", Technometrics 33, 161–174, with the conventions of Campolongo,
//   Cariboni & Saltelli (2007), "An effective screening design for sensitivity analysis of large
//   models", Environ. Model. Softw. 22, 1509–1518 (p even, Delta = p / (2 (p - 1)));
// - Saltelli's scheme for first-, total- and second-order Sobol indices: Saltelli (2002), "Making
//   best use of model evaluations to compute sensitivity indices", Comput. Phys. Commun. 145,
//   280–297, and Saltelli et al. (2010), "Variance based sensitivity analysis of model output",
//   Comput. Phys. Commun. 181, 259–270, on a Sobol' sequence with the direction numbers of Joe &
//   Kuo (2008) (sim/experiment/sobol_sequence.hpp).
//
// Designs work in unit coordinates: a point holds one number in [0, 1] per factor, and the caller
// maps it to a value (a discrete factor with n values takes index min(n - 1, floor(u n)); a
// continuous one goes through its range or distribution). Every design is a pure function of its
// arguments: the same points in the same order on every platform. Random draws come from keyed
// streams (engine::Purpose::experiment_design) of the design's seed.
#include <cstdint>
#include <vector>

#include "sim/experiment/sobol_sequence.hpp"

namespace coopsim::experiment {

struct DesignPoint {
    std::vector<double> unit;  // k coordinates in [0,1]
    // Morris: trajectory index; Saltelli: 0 = A, 1 = B, 2 + i = AB_i, 2 + k + i = BA_i;
    // factorial and Latin hypercube: 0.
    int block = 0;
    // Morris: the factor changed from the previous point of its trajectory (-1 for a trajectory's
    // first point); Saltelli: i for AB_i and BA_i, -1 for A and B; otherwise -1.
    int factor = -1;

    bool operator==(const DesignPoint&) const = default;
};

// Every combination of levels; levels[i] >= 1 (at least one factor, at most INT_MAX points). The
// coordinate of level j of factor i is (j + 0.5) / levels[i]; the last factor varies fastest.
std::vector<DesignPoint> full_factorial(const std::vector<int>& levels);

// `samples` points of `factors` factors: each factor's strata [j/n, (j+1)/n) holds exactly one
// point (also after the caller's floor(u n)), at a uniform position inside the stratum. Factor i's
// permutation and positions come from the stream (seed, agent 1, sub-index i).
std::vector<DesignPoint> latin_hypercube(int factors, int samples, std::uint64_t seed);

// `trajectories` independent Morris trajectories of k + 1 points on the grid {0, 1/(p-1), ..., 1}
// with p = `levels` (even, >= 2). Each trajectory draws, for every factor, a lower level l in
// {0, ..., p/2 - 1} and a direction, starts at l (going up) or l + p/2 (going down), and then
// changes the factors one at a time, in a random order, by Delta = p / (2 (p - 1)). Trajectory t
// draws from the stream (seed, agent 2, sub-index t). Points are grouped by trajectory.
std::vector<DesignPoint> morris(int factors, int trajectories, int levels, std::uint64_t seed);

// Saltelli's scheme on points 1 ... N of the 2k-dimensional Sobol' sequence (point 0, the origin,
// is skipped): A = the first k coordinates, B = the last k, AB_i = A with column i from B, and
// with `second_order` BA_i = B with column i from A. Block-major order: the N rows of A, then of
// B, AB_1, ..., AB_k (and BA_1, ..., BA_k), each in base-sample order; N (k + 2) points, or
// N (2k + 2). 1 <= k <= kMaxSaltelliFactors, N >= 1.
// seed == 0 gives the plain Sobol' points. Any other seed applies a random digital shift (each
// dimension's 32-bit coordinate XORed with a number from the stream (seed, agent 3)), a
// randomised quasi-Monte Carlo design that keeps the sequence's stratification; coordinates stay
// in [0, 1).
inline constexpr int kMaxSaltelliFactors = SobolSequence::kMaxDimensions / 2;  // 2k dimensions
std::vector<DesignPoint> saltelli(int factors, int base_samples, bool second_order,
                                  std::uint64_t seed);

}  // namespace coopsim::experiment
