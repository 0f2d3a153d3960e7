#include <gtest/gtest.h>

#include "sim/scenario/enum_names.hpp"
#include "sim/scenario/scenario.hpp"

namespace coopsim::scenario {
namespace {

// Names are the enumerators' own spellings: scenario files and outputs use them, so a renamed
// enumerator must show up here rather than in users' files.
TEST(ToString, SpellsEnumeratorsAsInScenarioFiles) {
    EXPECT_STREQ(to_string(StrategyStage::exploring), "exploring");
    EXPECT_STREQ(to_string(ActorType::indigenous_authority), "indigenous_authority");
    EXPECT_STREQ(to_string(ActorType::other), "other");
    EXPECT_STREQ(to_string(DonorType::bilateral_agency), "bilateral_agency");
    EXPECT_STREQ(to_string(DonorType::south_south), "south_south");
    EXPECT_STREQ(to_string(Presence::national_office), "national_office");
    EXPECT_STREQ(to_string(Presence::none), "none");
    EXPECT_STREQ(to_string(Route::official_national_agency), "official_national_agency");
    EXPECT_STREQ(to_string(Route::south_south), "south_south");
    EXPECT_STREQ(to_string(AllyKind::departmental_system), "departmental_system");
    EXPECT_STREQ(to_string(StrategyEventKind::training), "training");
    EXPECT_STREQ(to_string(StrategyEventKind::academic_agreement), "academic_agreement");
}

template <class Enum>
void expect_round_trip(int count) {
    for (int i = 0; i < count; ++i) {
        const auto value = static_cast<Enum>(i);
        EXPECT_EQ(parse_enum<Enum>(to_string(value)), value) << to_string(value);
    }
    EXPECT_EQ(parse_enum<Enum>("no_such_name"), std::nullopt);
}

// parse_enum inverts to_string for every enumerator, so what the converter reads is what an
// output writes.
TEST(ParseEnum, InvertsToStringForEveryEnumerator) {
    expect_round_trip<StrategyStage>(3);
    expect_round_trip<ActorType>(kActorTypeCount);
    expect_round_trip<DonorType>(kDonorTypeCount);
    expect_round_trip<Presence>(4);
    expect_round_trip<Route>(kRouteCount);
    expect_round_trip<AllyKind>(3);
    expect_round_trip<StrategyEventKind>(5);
}

// A year path holds each value from its year until the next listed year; before the first
// listed year the first value holds; an empty path gives the fallback.
TEST(ValueAt, HoldsTheLatestListedValue) {
    const std::vector<YearValue> path{{2008, 1.0}, {2010, 0.5}, {2015, 2.0}};
    EXPECT_EQ(value_at(path, 2000, 9), 1.0);
    EXPECT_EQ(value_at(path, 2008, 9), 1.0);
    EXPECT_EQ(value_at(path, 2009, 9), 1.0);
    EXPECT_EQ(value_at(path, 2010, 9), 0.5);
    EXPECT_EQ(value_at(path, 2014, 9), 0.5);
    EXPECT_EQ(value_at(path, 2030, 9), 2.0);
    EXPECT_EQ(value_at({}, 2010, 9), 9.0);
}

}  // namespace
}  // namespace coopsim::scenario
