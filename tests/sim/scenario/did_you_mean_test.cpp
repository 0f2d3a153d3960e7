#include "sim/scenario/did_you_mean.hpp"

#include <gtest/gtest.h>

namespace coopsim::scenario {
namespace {

// The distance counts insertions, deletions, substitutions and swaps of neighbours as one edit
// each (optimal string alignment): "lapse_rte" is one deletion from "lapse_rate", "lpase" one
// swap from "lapse". Case is ignored, since "Lapse_Rate" is the same key typed carelessly.
TEST(EditDistance, CountsEditsAndSwapsIgnoringCase) {
    EXPECT_EQ(edit_distance("lapse_rate", "lapse_rate"), 0u);
    EXPECT_EQ(edit_distance("lapse_rte", "lapse_rate"), 1u);
    EXPECT_EQ(edit_distance("lpase_rate", "lapse_rate"), 1u);
    EXPECT_EQ(edit_distance("Lapse_Rate", "lapse_rate"), 0u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
}

// The nearest key within max(2, length / 3) edits is offered; further away there is none, so
// that an unrelated word does not get a misleading suggestion.
TEST(Nearest, OffersOnlyCloseCandidates) {
    const std::vector<std::string> keys{"lapse_rate", "learning_rate", "trust_loss", "seed"};
    EXPECT_EQ(nearest("lapse_rte", keys), "lapse_rate");
    EXPECT_EQ(nearest("learnin_rat", keys), "learning_rate");
    EXPECT_EQ(nearest("sede", keys), "seed");
    EXPECT_EQ(nearest("population", keys), std::nullopt);
    EXPECT_EQ(did_you_mean("trust_los", keys), "; did you mean \"trust_loss\"?");
    EXPECT_EQ(did_you_mean("zzz", keys), "");
}

// A huge unknown key (say, 1 MB pasted by mistake) must not cost quadratic time.
TEST(Nearest, GivesUpOnVeryLongWords) {
    EXPECT_EQ(nearest(std::string(1'000'000, 'a'), {"a"}), std::nullopt);
}

}  // namespace
}  // namespace coopsim::scenario
