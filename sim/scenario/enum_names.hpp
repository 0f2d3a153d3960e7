#pragma once
// The names of scenario.hpp's enums as written in scenario files and outputs. One array per
// enum, in enumerator order: to_string, the converter's parse and the schema's allowed values
// all read these, so a name cannot be spelt two ways.
#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {

template <class Enum>
struct EnumNames;

template <>
struct EnumNames<StrategyStage> {
    static constexpr std::array<const char*, 3> names{"none", "exploring", "formal"};
};
template <>
struct EnumNames<ActorType> {
    static constexpr std::array<const char*, kActorTypeCount> names{"indigenous_authority",
                                                                    "campesino_organisation",
                                                                    "local_ngo",
                                                                    "community_action_board",
                                                                    "academia",
                                                                    "private_firm",
                                                                    "other"};
};
template <>
struct EnumNames<DonorType> {
    static constexpr std::array<const char*, kDonorTypeCount> names{
        "bilateral_agency",  "bilateral_embassy",  "multilateral", "decentralised",
        "international_ngo", "private_foundation", "south_south"};
};
template <>
struct EnumNames<Presence> {
    static constexpr std::array<const char*, 4> names{"national_office", "regional_ally",
                                                      "local_ally", "none"};
};
template <>
struct EnumNames<Route> {
    static constexpr std::array<const char*, kRouteCount> names{"official_national_agency",
                                                                "official_open_call",
                                                                "decentralised_open_call",
                                                                "ngo",
                                                                "twinning",
                                                                "networks",
                                                                "south_south"};
};
template <>
struct EnumNames<AllyKind> {
    static constexpr std::array<const char*, 3> names{"departmental_system", "association",
                                                      "development_agency"};
};
template <>
struct EnumNames<StrategyEventKind> {
    static constexpr std::array<const char*, 5> names{"training", "committee", "agenda",
                                                      "recognition", "academic_agreement"};
};

// For the schema's one_of().
template <class Enum>
std::vector<std::string> names_of() {
    return {EnumNames<Enum>::names.begin(), EnumNames<Enum>::names.end()};
}

// The name of a value; "unknown" for one outside the enum.
template <class Enum>
const char* name_of(Enum value) {
    const auto index = static_cast<std::size_t>(value);
    const auto& names = EnumNames<Enum>::names;
    return index < names.size() ? names[index] : "unknown";
}

template <class Enum>
std::optional<Enum> parse_enum(std::string_view name) {
    const auto& names = EnumNames<Enum>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == names[i]) return static_cast<Enum>(i);
    }
    return std::nullopt;
}

// The value of a name the schema has already checked (its allowed names come from the same
// EnumNames), so one outside the enum is a bug.
template <class Enum>
Enum validated_enum(std::string_view name) {
    if (const auto parsed = parse_enum<Enum>(name)) return *parsed;
    throw std::logic_error("name outside its enum after validation: \"" + std::string(name) + "\"");
}

}  // namespace coopsim::scenario
