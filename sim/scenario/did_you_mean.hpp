#pragma once
// Suggestions for misspelt keys, enum names and CSV columns: "did you mean \"lapse_rate\"?".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopsim::scenario {

// Optimal-string-alignment distance (Levenshtein plus swaps of neighbours, the commonest typo),
// ignoring ASCII case so that "Lapse_Rate" finds "lapse_rate".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if within 2 edits or a third of the word's length (whichever
// is larger): further away, a suggestion is more likely to mislead than to help. Ties go to the
// earlier candidate.
std::optional<std::string> nearest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// "; did you mean \"x\"?" or "" when nothing is near: ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace coopsim::scenario
