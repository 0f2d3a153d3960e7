#pragma once
// The Sobol' (1967) low-discrepancy sequence in base 2, with the direction numbers of Joe & Kuo
// (2008), "Constructing Sobol sequences with better two-dimensional projections", SIAM J. Sci.
// Comput. 30, 2635–2654 — their table new-joe-kuo-6.21201, of which the first 100 rows (all
// primitive polynomials up to degree 9) are kept: 101 dimensions.
//
// Points are generated in Joe & Kuo's Gray-code order, so point 0 is the origin and dimension 1
// runs 0, 0.5, 0.75, 0.25, 0.375, 0.875, ... Coordinates are 32-bit binary fractions, exact in a
// double, so the sequence is the same on every platform.
#include <array>
#include <cstdint>
#include <vector>

namespace coopsim::experiment {

class SobolSequence {
  public:
    static constexpr int kMaxDimensions = 101;
    static constexpr int kBits = 32;  // 2^32 points, coordinates in multiples of 2^-32

    // 1 <= dimensions <= kMaxDimensions, else std::invalid_argument.
    explicit SobolSequence(int dimensions);

    int dimensions() const { return static_cast<int>(directions_.size()); }
    // Coordinate d of point `index` is integer_point(index)[d] / 2^32.
    std::vector<std::uint32_t> integer_point(std::uint32_t index) const;
    // The same point in [0, 1).
    std::vector<double> point(std::uint32_t index) const;

    // The degree of the primitive polynomial behind dimension `dimension` (0-based), taking the
    // first dimension's polynomial as x (degree 1): the Sobol' sequence restricted to a set of
    // dimensions is a (t, s)-sequence in base 2 with t = sum of (degree - 1) over the set.
    static int polynomial_degree(int dimension);

  private:
    // directions_[d][b]: the direction number of bit b of the Gray-coded index, left-aligned in 32
    // bits.
    std::vector<std::array<std::uint32_t, kBits>> directions_;
};

}  // namespace coopsim::experiment
