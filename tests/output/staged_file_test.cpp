#include "output/staged_file.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "output/output_error.hpp"
#include "test_support.hpp"

namespace coopsim::output {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

std::string read_text(const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

// The temporary file sits beside the destination (same file system: atomic rename), is hidden
// (so *.h5 globs skip it) and exists from construction on (its name is reserved).
TEST(StagedFile, TemporaryIsHiddenBesideDestination) {
    ScratchDir dir;
    StagedFile staged(dir / "out.h5", false);
    EXPECT_EQ(staged.temporary().parent_path(), dir.path());
    EXPECT_TRUE(staged.temporary().filename().string().starts_with(".out.h5.tmp-"));
    EXPECT_TRUE(fs::exists(staged.temporary()));
    EXPECT_FALSE(fs::exists(dir / "out.h5"));
}

// Abandoning a staged file (an exception while writing) removes the temporary file and
// leaves the folder as it was.
TEST(StagedFile, AbandonedTemporaryIsRemoved) {
    ScratchDir dir;
    { StagedFile staged(dir / "out.h5", false); }
    EXPECT_TRUE(dir.entries().empty());
}

// Commit moves the content into place and leaves no temporary file.
TEST(StagedFile, CommitRenamesIntoPlace) {
    ScratchDir dir;
    {
        StagedFile staged(dir / "out.h5", false);
        write_text(staged.temporary(), "content");
        staged.commit();
    }
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});
    EXPECT_EQ(read_text(dir / "out.h5"), "content");
}

// An existing destination is refused up front unless replacing, and the message tells how to
// replace it.
TEST(StagedFile, ExistingDestinationNeedsReplace) {
    ScratchDir dir;
    write_text(dir / "out.h5", "old");
    try {
        StagedFile staged(dir / "out.h5", false);
        FAIL() << "no OutputError";
    } catch (const OutputError& e) {
        EXPECT_EQ(std::string(e.what()),
                  (dir / "out.h5").string() + ": exists; use --force to replace it");
    }
    EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.h5"});

    StagedFile staged(dir / "out.h5", true);
    write_text(staged.temporary(), "new");
    staged.commit();
    EXPECT_EQ(read_text(dir / "out.h5"), "new");
}

// A destination created by someone else while we wrote is not clobbered without replace.
TEST(StagedFile, DestinationAppearingMeanwhileIsKept) {
    ScratchDir dir;
    StagedFile staged(dir / "out.h5", false);
    write_text(staged.temporary(), "ours");
    write_text(dir / "out.h5", "theirs");
    EXPECT_THROW(staged.commit(), OutputError);
    EXPECT_EQ(read_text(dir / "out.h5"), "theirs");
}

// A missing folder, or a file where the folder should be, gets a message naming the folder.
TEST(StagedFile, MissingFolderOrFileAsFolderIsNamed) {
    ScratchDir dir;
    try {
        StagedFile staged(dir / "missing" / "out.h5", false);
        FAIL() << "no OutputError";
    } catch (const OutputError& e) {
        EXPECT_NE(std::string(e.what()).find("folder '" + (dir / "missing").string() +
                                             "' does not exist"),
                  std::string::npos)
            << e.what();
    }
    write_text(dir / "file", "x");
    EXPECT_THROW(StagedFile(dir / "file" / "out.h5", false), OutputError);
    EXPECT_THROW(StagedFile(dir.path(), true), OutputError);  // a folder as destination
}

}  // namespace
}  // namespace coopsim::output
