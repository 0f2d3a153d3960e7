// to_string for the enums of scenario.hpp, and value_at for year-indexed paths.
#include <algorithm>
#include <iterator>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {

const char* to_string(StrategyStage v) {
    return name_of(v);
}
const char* to_string(ActorType v) {
    return name_of(v);
}
const char* to_string(DonorType v) {
    return name_of(v);
}
const char* to_string(Presence v) {
    return name_of(v);
}
const char* to_string(Route v) {
    return name_of(v);
}
const char* to_string(AllyKind v) {
    return name_of(v);
}
const char* to_string(StrategyEventKind v) {
    return name_of(v);
}

double value_at(const std::vector<YearValue>& path, int year, double fallback) {
    if (path.empty()) return fallback;
    // The first entry listed after `year`; the one before it is the latest at or before `year`.
    const auto after =
        std::upper_bound(path.begin(), path.end(), year,
                         [](int y, const YearValue& entry) { return y < entry.year; });
    return after == path.begin() ? path.front().value : std::prev(after)->value;
}

}  // namespace coopsim::scenario
