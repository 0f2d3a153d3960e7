#include "sim/experiment/sobol_sequence.hpp"

#include <stdexcept>
#include <string>

namespace coopsim::experiment {

namespace {

// One row of Joe & Kuo's table for dimensions 2, 3, ...: the degree s of the primitive polynomial
// x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1, its inner coefficients a = a_1 ... a_(s-1) as bits
// (a_1 the most significant) and the initial direction integers m_1 ... m_s (m_i odd, < 2^i).
struct Primitive {
    int degree;
    std::uint32_t coefficients;
    std::array<std::uint32_t, 9> initial;
};

// new-joe-kuo-6.21201, rows d = 2 ... 101 (the comment gives d), copied from the authors' file
// and checked against a second copy of it; every polynomial listed is primitive and distinct.
constexpr std::array<Primitive, SobolSequence::kMaxDimensions - 1> kPrimitives{{
    {1, 0, {1}},                                     // 2
    {2, 1, {1, 3}},                                  // 3
    {3, 1, {1, 3, 1}},                               // 4
    {3, 2, {1, 1, 1}},                               // 5
    {4, 1, {1, 1, 3, 3}},                            // 6
    {4, 4, {1, 3, 5, 13}},                           // 7
    {5, 2, {1, 1, 5, 5, 17}},                        // 8
    {5, 4, {1, 1, 5, 5, 5}},                         // 9
    {5, 7, {1, 1, 7, 11, 19}},                       // 10
    {5, 11, {1, 1, 5, 1, 1}},                        // 11
    {5, 13, {1, 1, 1, 3, 11}},                       // 12
    {5, 14, {1, 3, 5, 5, 31}},                       // 13
    {6, 1, {1, 3, 3, 9, 7, 49}},                     // 14
    {6, 13, {1, 1, 1, 15, 21, 21}},                  // 15
    {6, 16, {1, 3, 1, 13, 27, 49}},                  // 16
    {6, 19, {1, 1, 1, 15, 7, 5}},                    // 17
    {6, 22, {1, 3, 1, 15, 13, 25}},                  // 18
    {6, 25, {1, 1, 5, 5, 19, 61}},                   // 19
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},              // 20
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},               // 21
    {7, 7, {1, 1, 3, 13, 7, 35, 63}},                // 22
    {7, 8, {1, 3, 5, 9, 1, 25, 53}},                 // 23
    {7, 14, {1, 3, 1, 13, 9, 35, 107}},              // 24
    {7, 19, {1, 3, 1, 5, 27, 61, 31}},               // 25
    {7, 21, {1, 1, 5, 11, 19, 41, 61}},              // 26
    {7, 28, {1, 3, 5, 3, 3, 13, 69}},                // 27
    {7, 31, {1, 1, 7, 13, 1, 19, 1}},                // 28
    {7, 32, {1, 3, 7, 5, 13, 19, 59}},               // 29
    {7, 37, {1, 1, 3, 9, 25, 29, 41}},               // 30
    {7, 41, {1, 3, 5, 13, 23, 1, 55}},               // 31
    {7, 42, {1, 3, 7, 3, 13, 59, 17}},               // 32
    {7, 50, {1, 3, 1, 3, 5, 53, 69}},                // 33
    {7, 55, {1, 1, 5, 5, 23, 33, 13}},               // 34
    {7, 56, {1, 1, 7, 7, 1, 61, 123}},               // 35
    {7, 59, {1, 1, 7, 9, 13, 61, 49}},               // 36
    {7, 62, {1, 3, 3, 5, 3, 55, 33}},                // 37
    {8, 14, {1, 3, 1, 15, 31, 13, 49, 245}},         // 38
    {8, 21, {1, 3, 5, 15, 31, 59, 63, 97}},          // 39
    {8, 22, {1, 3, 1, 11, 11, 11, 77, 249}},         // 40
    {8, 38, {1, 3, 1, 11, 27, 43, 71, 9}},           // 41
    {8, 47, {1, 1, 7, 15, 21, 11, 81, 45}},          // 42
    {8, 49, {1, 3, 7, 3, 25, 31, 65, 79}},           // 43
    {8, 50, {1, 3, 1, 1, 19, 11, 3, 205}},           // 44
    {8, 52, {1, 1, 5, 9, 19, 21, 29, 157}},          // 45
    {8, 56, {1, 3, 7, 11, 1, 33, 89, 185}},          // 46
    {8, 67, {1, 3, 3, 3, 15, 9, 79, 71}},            // 47
    {8, 70, {1, 3, 7, 11, 15, 39, 119, 27}},         // 48
    {8, 84, {1, 1, 3, 1, 11, 31, 97, 225}},          // 49
    {8, 97, {1, 1, 1, 3, 23, 43, 57, 177}},          // 50
    {8, 103, {1, 3, 7, 7, 17, 17, 37, 71}},          // 51
    {8, 115, {1, 3, 1, 5, 27, 63, 123, 213}},        // 52
    {8, 122, {1, 1, 3, 5, 11, 43, 53, 133}},         // 53
    {9, 8, {1, 3, 5, 5, 29, 17, 47, 173, 479}},      // 54
    {9, 13, {1, 3, 3, 11, 3, 1, 109, 9, 69}},        // 55
    {9, 16, {1, 1, 1, 5, 17, 39, 23, 5, 343}},       // 56
    {9, 22, {1, 3, 1, 5, 25, 15, 31, 103, 499}},     // 57
    {9, 25, {1, 1, 1, 11, 11, 17, 63, 105, 183}},    // 58
    {9, 44, {1, 1, 5, 11, 9, 29, 97, 231, 363}},     // 59
    {9, 47, {1, 1, 5, 15, 19, 45, 41, 7, 383}},      // 60
    {9, 52, {1, 3, 7, 7, 31, 19, 83, 137, 221}},     // 61
    {9, 55, {1, 1, 1, 3, 23, 15, 111, 223, 83}},     // 62
    {9, 59, {1, 1, 5, 13, 31, 15, 55, 25, 161}},     // 63
    {9, 62, {1, 1, 3, 13, 25, 47, 39, 87, 257}},     // 64
    {9, 67, {1, 1, 1, 11, 21, 53, 125, 249, 293}},   // 65
    {9, 74, {1, 1, 7, 11, 11, 7, 57, 79, 323}},      // 66
    {9, 81, {1, 1, 5, 5, 17, 13, 81, 3, 131}},       // 67
    {9, 82, {1, 1, 7, 13, 23, 7, 65, 251, 475}},     // 68
    {9, 87, {1, 3, 5, 1, 9, 43, 3, 149, 11}},        // 69
    {9, 91, {1, 1, 3, 13, 31, 13, 13, 255, 487}},    // 70
    {9, 94, {1, 3, 3, 1, 5, 63, 89, 91, 127}},       // 71
    {9, 103, {1, 1, 3, 3, 1, 19, 123, 127, 237}},    // 72
    {9, 104, {1, 1, 5, 7, 23, 31, 37, 243, 289}},    // 73
    {9, 109, {1, 1, 5, 11, 17, 53, 117, 183, 491}},  // 74
    {9, 122, {1, 1, 1, 5, 1, 13, 13, 209, 345}},     // 75
    {9, 124, {1, 1, 3, 15, 1, 57, 115, 7, 33}},      // 76
    {9, 137, {1, 3, 1, 11, 7, 43, 81, 207, 175}},    // 77
    {9, 138, {1, 3, 1, 1, 15, 27, 63, 255, 49}},     // 78
    {9, 143, {1, 3, 5, 3, 27, 61, 105, 171, 305}},   // 79
    {9, 145, {1, 1, 5, 3, 1, 3, 57, 249, 149}},      // 80
    {9, 152, {1, 1, 3, 5, 5, 57, 15, 13, 159}},      // 81
    {9, 157, {1, 1, 1, 11, 7, 11, 105, 141, 225}},   // 82
    {9, 167, {1, 3, 3, 5, 27, 59, 121, 101, 271}},   // 83
    {9, 173, {1, 3, 5, 9, 11, 49, 51, 59, 115}},     // 84
    {9, 176, {1, 1, 7, 1, 23, 45, 125, 71, 419}},    // 85
    {9, 181, {1, 1, 3, 5, 23, 5, 105, 109, 75}},     // 86
    {9, 182, {1, 1, 7, 15, 7, 11, 67, 121, 453}},    // 87
    {9, 185, {1, 3, 7, 3, 9, 13, 31, 27, 449}},      // 88
    {9, 191, {1, 3, 1, 15, 19, 39, 39, 89, 15}},     // 89
    {9, 194, {1, 1, 1, 1, 1, 33, 73, 145, 379}},     // 90
    {9, 199, {1, 3, 1, 15, 15, 43, 29, 13, 483}},    // 91
    {9, 218, {1, 1, 7, 3, 19, 27, 85, 131, 431}},    // 92
    {9, 220, {1, 3, 3, 3, 5, 35, 23, 195, 349}},     // 93
    {9, 227, {1, 3, 3, 7, 9, 27, 39, 59, 297}},      // 94
    {9, 229, {1, 1, 3, 9, 11, 17, 13, 241, 157}},    // 95
    {9, 230, {1, 3, 7, 15, 25, 57, 33, 189, 213}},   // 96
    {9, 234, {1, 1, 7, 1, 9, 55, 73, 83, 217}},      // 97
    {9, 236, {1, 3, 3, 13, 19, 27, 23, 113, 249}},   // 98
    {9, 241, {1, 3, 5, 3, 23, 43, 3, 253, 479}},     // 99
    {9, 244, {1, 1, 5, 5, 11, 5, 45, 117, 217}},     // 100
    {9, 253, {1, 3, 3, 7, 29, 37, 33, 123, 147}},    // 101
}};

}  // namespace

SobolSequence::SobolSequence(int dimensions) {
    if (dimensions < 1 || dimensions > kMaxDimensions)
        throw std::invalid_argument("SobolSequence: dimensions must be in [1, " +
                                    std::to_string(kMaxDimensions) + "], got " +
                                    std::to_string(dimensions));
    directions_.resize(static_cast<std::size_t>(dimensions));
    // Dimension 1 is the van der Corput sequence: all m_i = 1.
    for (int b = 0; b < kBits; ++b)
        directions_[0][static_cast<std::size_t>(b)] = std::uint32_t{1} << (kBits - 1 - b);
    for (int d = 1; d < dimensions; ++d) {
        const Primitive& p = kPrimitives[static_cast<std::size_t>(d - 1)];
        auto& v = directions_[static_cast<std::size_t>(d)];
        const int s = p.degree;
        for (int i = 0; i < s; ++i)
            v[static_cast<std::size_t>(i)] = p.initial[static_cast<std::size_t>(i)]
                                             << (kBits - 1 - i);
        // Bratley & Fox's recurrence on the left-aligned numbers:
        // v_i = a_1 v_(i-1) ^ ... ^ a_(s-1) v_(i-s+1) ^ v_(i-s) ^ (v_(i-s) >> s).
        for (int i = s; i < kBits; ++i) {
            const std::uint32_t back = v[static_cast<std::size_t>(i - s)];
            std::uint32_t value = back ^ (back >> s);
            for (int k = 1; k < s; ++k)
                if ((p.coefficients >> (s - 1 - k)) & 1U)
                    value ^= v[static_cast<std::size_t>(i - k)];
            v[static_cast<std::size_t>(i)] = value;
        }
    }
}

std::vector<std::uint32_t> SobolSequence::integer_point(std::uint32_t index) const {
    // Point n is the XOR of the direction numbers of the set bits of its Gray code n ^ (n >> 1);
    // stepping n by one flips a single Gray bit, which is the usual recursive generator.
    const std::uint32_t gray = index ^ (index >> 1);
    std::vector<std::uint32_t> x(directions_.size(), 0);
    for (std::size_t d = 0; d < directions_.size(); ++d) {
        std::uint32_t value = 0;
        for (int b = 0; b < kBits; ++b)
            if ((gray >> b) & 1U) value ^= directions_[d][static_cast<std::size_t>(b)];
        x[d] = value;
    }
    return x;
}

std::vector<double> SobolSequence::point(std::uint32_t index) const {
    const std::vector<std::uint32_t> x = integer_point(index);
    std::vector<double> u(x.size());
    for (std::size_t d = 0; d < x.size(); ++d)
        u[d] = static_cast<double>(x[d]) * 0x1.0p-32;  // exact: 32 bits fit in a double
    return u;
}

int SobolSequence::polynomial_degree(int dimension) {
    if (dimension < 0 || dimension >= kMaxDimensions)
        throw std::invalid_argument("SobolSequence::polynomial_degree: dimension " +
                                    std::to_string(dimension) + " out of range");
    if (dimension == 0) return 1;
    return kPrimitives[static_cast<std::size_t>(dimension - 1)].degree;
}

}  // namespace coopsim::experiment
