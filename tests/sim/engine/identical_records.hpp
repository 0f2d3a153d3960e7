#pragma once
// Comparing two runs bit for bit, for the engine's determinism tests.
#include <gtest/gtest.h>

#include <cstring>
#include <variant>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::testing {

// Two records hold the same bits in every column (doubles compared as bit patterns).
inline void expect_identical(const output::RunRecord& a, const output::RunRecord& b) {
    ASSERT_EQ(a.columns.size(), b.columns.size());
    for (std::size_t k = 0; k < a.columns.size(); ++k) {
        const auto& ca = a.columns[k];
        const auto& cb = b.columns[k];
        ASSERT_EQ(ca.path, cb.path);
        ASSERT_EQ(ca.values.index(), cb.values.index()) << ca.path;
        if (const auto* va = std::get_if<std::vector<double>>(&ca.values)) {
            const auto& vb = std::get<std::vector<double>>(cb.values);
            ASSERT_EQ(va->size(), vb.size()) << ca.path;
            EXPECT_EQ(0, std::memcmp(va->data(), vb.data(), va->size() * sizeof(double)))
                << ca.path;
        } else {
            EXPECT_TRUE(ca.values == cb.values) << ca.path;
        }
    }
}

}  // namespace coopsim::testing
