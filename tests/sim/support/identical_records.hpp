#pragma once
// Comparing two runs bit for bit: the engine's determinism tests, saved states, sweeps.
#include <gtest/gtest.h>

#include <cstring>
#include <variant>
#include <vector>

#include "output/run_record.hpp"

namespace coopsim::testing {

// Two records have the same columns (path, axes, unit, description) holding the same bits
// (doubles compared as bit patterns, so NaN equals NaN).
inline void expect_identical(const output::RunRecord& a, const output::RunRecord& b) {
    ASSERT_EQ(a.columns.size(), b.columns.size());
    for (std::size_t k = 0; k < a.columns.size(); ++k) {
        const auto& ca = a.columns[k];
        const auto& cb = b.columns[k];
        ASSERT_EQ(ca.path, cb.path);
        EXPECT_EQ(ca.axes, cb.axes) << ca.path;
        EXPECT_EQ(ca.unit, cb.unit) << ca.path;
        EXPECT_EQ(ca.description, cb.description) << ca.path;
        ASSERT_EQ(ca.values.index(), cb.values.index()) << ca.path;
        if (const auto* va = std::get_if<std::vector<double>>(&ca.values)) {
            const auto& vb = std::get<std::vector<double>>(cb.values);
            ASSERT_EQ(va->size(), vb.size()) << ca.path;
            // An empty column's data() may be null, which memcmp must not be given.
            if (!va->empty()) {
                EXPECT_EQ(0, std::memcmp(va->data(), vb.data(), va->size() * sizeof(double)))
                    << ca.path;
            }
        } else {
            EXPECT_TRUE(ca.values == cb.values) << ca.path;
        }
    }
}

}  // namespace coopsim::testing
