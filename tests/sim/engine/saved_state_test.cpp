// Saving the state of a world and continuing runs from it (world_state.hpp, saved_state.hpp):
// a run continued from its own saved state is the uninterrupted run, bit for bit; a what-if
// continued from it shares the years before and differs after; a state that does not fit is
// refused with a message that names the difference.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "identical_records.hpp"
#include "output/output_error.hpp"
#include "output/writer.hpp"
#include "sim/engine/saved_state.hpp"
#include "sim/engine/simulation.hpp"
#include "sim/engine/world_state.hpp"
#include "sim/errors.hpp"
#include "tiny_world.hpp"

namespace coopsim::engine {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using output::Axis;
using output::RunRecord;
using testing::expect_identical;

// A fresh folder under the system temp folder, removed with its files.
class TempFolder {
  public:
    TempFolder() {
        std::random_device entropy;
        path_ = fs::temp_directory_path() / ("coopsim-state-" + std::to_string(entropy()));
        fs::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    fs::path operator/(const std::string& name) const { return path_ / name; }

  private:
    fs::path path_;
};

RunRecord run(const scenario::Scenario& s, int threads = 2, std::optional<int> save_at = {},
              const SavedState* from = nullptr) {
    RunOptions options;
    options.threads = threads;
    options.save_state_at = save_at;
    options.from_state = from;
    return simulate(s, options);
}

// Runs `s`, saving its state at the start of `year`, into `file`; returns the record.
RunRecord save_run(const scenario::Scenario& s, int year, const fs::path& file) {
    RunRecord record = run(s, 2, year);
    output::write_run(file, record);
    return record;
}

RunRecord without_state(RunRecord record) {
    std::erase_if(record.columns,
                  [](const output::Column& c) { return c.path.starts_with("/state/"); });
    return record;
}

template <class T>
const std::vector<T>& values(const RunRecord& r, std::string_view path) {
    const auto* column = r.find(path);
    if (!column) throw std::logic_error(std::string(path) + " missing");
    return std::get<std::vector<T>>(column->values);
}

// The message of the InputError that continuing `s` from `file` at `year` throws.
std::string refusal(const scenario::Scenario& s, const fs::path& file, int year) {
    try {
        const SavedState state(file, year);
        run(s, 1, {}, &state);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(accepted)";
}

// Continuing a run from its own state at any year gives the uninterrupted run, bit for bit:
// every trajectory, the flows, the project table, the identity. Random worlds, with delayed
// projects, regional allies and budget paths, and another thread count for the continuation.
class ContinueFromOwnState : public ::testing::TestWithParam<int> {};

TEST_P(ContinueFromOwnState, ReproducesTheUninterruptedRun) {
    const auto s =
        testing::load(testing::random_scenario_json(static_cast<std::uint64_t>(GetParam()), 60, 8));
    const RunRecord uninterrupted = run(s);
    TempFolder folder;
    for (int year = s.start_year + 1; year <= s.end_year; ++year) {
        SCOPED_TRACE("state saved at " + std::to_string(year));
        const fs::path file = folder / ("base-" + std::to_string(year) + ".h5");
        const RunRecord saving = save_run(s, year, file);
        expect_identical(without_state(saving), uninterrupted);
        const SavedState state(file, year);
        const RunRecord continued = run(s, 3, {}, &state);
        expect_identical(continued, uninterrupted);
        EXPECT_EQ(continued.identity, uninterrupted.identity);
    }
}

INSTANTIATE_TEST_SUITE_P(RandomWorlds, ContinueFromOwnState, ::testing::Values(3, 17, 29));

// The state is the world as the year before left it: its columns match that year's row of the
// trajectories, and it counts the projects approved before the state year.
TEST(SavedState, HoldsTheWorldAtTheStartOfTheYear) {
    const auto s = testing::load(testing::random_scenario_json(5, 40, 6));
    const int year = s.start_year + 2;
    const RunRecord r = run(s, 2, year);
    EXPECT_EQ(values<std::int32_t>(r, kStateYearPath), std::vector<std::int32_t>{year});
    EXPECT_EQ(values<std::string>(r, kStateFormatPath),
              std::vector<std::string>{kStateFormatVersion});

    const std::size_t T = r.axis_length(Axis::territory), row = 1;  // the year before `year`
    const auto& technical = values<double>(r, "/territories/technical");
    EXPECT_EQ(values<double>(r, "/state/territories/technical"),
              std::vector<double>(technical.begin() + row * T, technical.begin() + (row + 1) * T));
    const auto& approved = values<std::int32_t>(r, "/projects/approved_year");
    const auto before =
        std::count_if(approved.begin(), approved.end(), [&](std::int32_t y) { return y < year; });
    EXPECT_EQ(values<std::int32_t>(r, "/state/project_count"),
              std::vector<std::int32_t>{static_cast<std::int32_t>(before)});
    EXPECT_EQ(values<double>(r, "/state/projects/disbursed_usd").size(), approved.size());
}

// A what-if continued from the base's state shares the base's years before the state year
// exactly, and differs after: five times the national agency's training budget trains more
// territories, whose technical capacity then rises.
TEST(SavedState, WhatIfSharesTheHistoryAndDiffersAfter) {
    json doc = testing::random_scenario_json(11, 80, 8);
    doc["years"]["end"] = 2018;
    const auto base = testing::load(doc);
    doc["national_agency"] = {{"training_budget_cop", 5.0e10}, {"target_categories", {4, 5, 6}}};
    const auto what_if = testing::load(doc);
    const int year = 2013;
    TempFolder folder;
    const RunRecord base_run = without_state(save_run(base, year, folder / "base.h5"));
    const SavedState state(folder / "base.h5", year);
    const RunRecord branch = run(what_if, 2, {}, &state);

    const std::size_t before = static_cast<std::size_t>(year - base.start_year);
    bool differs_after = false;
    for (const auto& column : base_run.columns) {
        if (column.axes.empty() || column.axes.front() != Axis::year) continue;
        const auto* other = branch.find(column.path);
        ASSERT_NE(other, nullptr) << column.path;
        std::visit(
            [&](const auto& a) {
                const auto& b = std::get<std::decay_t<decltype(a)>>(other->values);
                ASSERT_EQ(a.size(), b.size()) << column.path;
                const std::size_t width = a.size() / base_run.axis_length(Axis::year);
                const auto split = static_cast<std::ptrdiff_t>(before * width);
                EXPECT_TRUE(std::equal(a.begin(), a.begin() + split, b.begin())) << column.path;
                differs_after |= !std::equal(a.begin() + split, a.end(), b.begin() + split);
            },
            column.values);
    }
    EXPECT_TRUE(differs_after);
    const auto& technical_base = values<double>(base_run, "/territories/technical");
    const auto& technical_branch = values<double>(branch, "/territories/technical");
    double sum_base = 0, sum_branch = 0;
    for (std::size_t k = before * base_run.axis_length(Axis::territory); k < technical_base.size();
         ++k) {
        sum_base += technical_base[k];
        sum_branch += technical_branch[k];
    }
    EXPECT_GT(sum_branch, sum_base);
    EXPECT_EQ(branch.identity.scenario_json, what_if.resolved_json);
}

// A continued run can save a state of its own, and a run continued from that one is still the
// uninterrupted run.
TEST(SavedState, ChainsOfContinuedRuns) {
    const auto s = testing::load(testing::tiny_scenario_json());
    const RunRecord uninterrupted = run(s);
    TempFolder folder;
    save_run(s, 2010, folder / "first.h5");
    const SavedState first(folder / "first.h5", 2010);
    output::write_run(folder / "second.h5", run(s, 1, 2013, &first));
    const SavedState second(folder / "second.h5", 2013);
    expect_identical(run(s, 2, {}, &second), uninterrupted);
}

// Saving the state at the year a run continues from saves the state it was given.
TEST(SavedState, SavingAtTheContinuedYear) {
    const auto s = testing::load(testing::tiny_scenario_json());
    TempFolder folder;
    const RunRecord base = save_run(s, 2012, folder / "base.h5");
    const SavedState state(folder / "base.h5", 2012);
    expect_identical(run(s, 2, 2012, &state), base);
}

// docs/OUTPUT.md ("Saved state") names every column a saved state holds.
TEST(SavedState, EveryColumnIsDocumented) {
    std::ifstream in(std::string(COOPSIM_SOURCE_DIR) + "/docs/OUTPUT.md");
    const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(doc.empty());
    const auto s = testing::load(testing::tiny_scenario_json());
    for (const auto& column : state_columns(make_world(s), 0))
        EXPECT_NE(doc.find("`" + column.path + "`"), std::string::npos) << column.path;
}

// ---- refusals ------------------------------------------------------------------------------

class SavedStateRefusal : public ::testing::Test {
  protected:
    void SetUp() override { save_run(base, 2011, file); }

    json doc = testing::tiny_scenario_json();
    scenario::Scenario base = testing::load(doc);
    TempFolder folder;
    fs::path file = folder / "base.h5";
};

TEST_F(SavedStateRefusal, FileWithoutState) {
    output::write_run(folder / "plain.h5", run(base));
    try {
        SavedState(folder / "plain.h5", 2011);
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("holds no saved state"), std::string::npos);
    }
}

TEST_F(SavedStateRefusal, StateOfAnotherYear) {
    try {
        SavedState(file, 2012);
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("start of 2011, not 2012"), std::string::npos)
            << e.what();
    }
}

TEST_F(SavedStateRefusal, NotACoopsimFile) {
    std::ofstream(folder / "notes.h5") << "not HDF5";
    EXPECT_THROW(SavedState(folder / "notes.h5", 2011), output::OutputError);
    EXPECT_THROW(SavedState(folder / "absent.h5", 2011), output::OutputError);
}

TEST_F(SavedStateRefusal, OtherTerritories) {
    doc["territories"].erase(2);
    EXPECT_NE(refusal(testing::load(doc), file, 2011).find("has 3 territories"), std::string::npos);
}

TEST_F(SavedStateRefusal, OtherDaneCode) {
    doc["territories"][1]["dane_code"] = 19142;
    const std::string message = refusal(testing::load(doc), file, 2011);
    EXPECT_NE(message.find("territory 1 is DANE 19137 in the saved state, 19142"),
              std::string::npos)
        << message;
}

TEST_F(SavedStateRefusal, OtherDonor) {
    doc["donors"][2]["name"] = "Elsewhere";
    const std::string message = refusal(testing::load(doc), file, 2011);
    EXPECT_NE(message.find("donor 2 is 'South' in the saved state, 'Elsewhere'"), std::string::npos)
        << message;
}

TEST_F(SavedStateRefusal, OtherLocalActors) {
    doc["local_actors"] = {{"base_count", 9}};
    const std::string message = refusal(testing::load(doc), file, 2011);
    EXPECT_NE(message.find("local actors in the saved state"), std::string::npos) << message;
}

TEST_F(SavedStateRefusal, YearsThatDoNotFit) {
    doc["years"]["end"] = 2010;
    EXPECT_NE(refusal(testing::load(doc), file, 2011).find("cannot continue from 2011"),
              std::string::npos);
    doc["years"] = {{"start", 2009}, {"end", 2015}};
    EXPECT_NE(refusal(testing::load(doc), file, 2011).find("starts in 2008"), std::string::npos);
}

TEST_F(SavedStateRefusal, SaveYearOutsideTheRun) {
    EXPECT_THROW(run(base, 1, base.start_year), InputError);
    EXPECT_THROW(run(base, 1, base.end_year + 1), InputError);
    EXPECT_NO_THROW(run(base, 1, base.end_year));
    const SavedState state(file, 2011);
    EXPECT_THROW(run(base, 1, 2010, &state), InputError);
}

}  // namespace
}  // namespace coopsim::engine
