#include "output/reader.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "../sim/support/identical_records.hpp"
#include "output/hdf5/handles.hpp"
#include "output/hdf5/io.hpp"
#include "output/hdf5/properties.hpp"
#include "output/output_error.hpp"
#include "output/writer.hpp"
#include "test_support.hpp"

namespace coopsim::output {
namespace {

namespace fs = std::filesystem;
using testing::sample_record;
using testing::ScratchDir;

// The message of the OutputError that read_run throws, or "" if it succeeds.
std::string read_error(const fs::path& path) {
    try {
        read_run(path);
    } catch (const OutputError& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Replaces the root attribute `name` of an existing file by a string value, as a file from
// another tool or a future coopsim would have it.
void set_root_attribute(const fs::path& path, const char* name, const std::string& value) {
    hdf5::QuietErrors quiet;
    hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    ASSERT_GE(file, 0);
    H5Adelete(file, name);
    {
        hdf5::File handle(file, {path.string(), "/"});
        hdf5::write_attribute(handle, name, value);
    }
}

// What is written is read back: identity, provenance and every column with its path, axes
// (from the dimension scales), unit, description and values of the same type, including
// empty columns over a zero-length axis, a scalar and non-ASCII strings. Columns come back in
// writing order (the sample writes each group's columns together).
TEST(ReadRun, RoundTripsEverything) {
    ScratchDir dir;
    RunRecord written = sample_record();
    write_run(dir / "out.h5", written);
    RunRecord read = read_run(dir / "out.h5");

    EXPECT_EQ(read.identity, written.identity);
    EXPECT_EQ(read.provenance, written.provenance);
    coopsim::testing::expect_identical(read, written);  // paths, axes, units, bits
    EXPECT_EQ(read.axis_length(Axis::project), 0u);
    EXPECT_EQ(read.axis_length(Axis::actor), 600u);
}

// The file's format_version is read back whatever the record claimed: the writer writes the
// current format.
TEST(ReadRun, FormatVersionIsTheWritersOne) {
    ScratchDir dir;
    RunRecord record = sample_record();
    record.identity.format_version = "";
    write_run(dir / "out.h5", record);
    EXPECT_EQ(read_identity(dir / "out.h5").format_version, "1.0");
}

// RunFile lists columns without the netCDF dimension-only proxies, and describes a column
// (axes, shape) without reading its values.
TEST(RunFile, ListsAndDescribesColumns) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    RunFile file(dir / "out.h5");
    std::vector<std::string> paths = file.column_paths();
    EXPECT_EQ(paths.size(), sample_record().columns.size());
    EXPECT_FALSE(file.has_column("/dane_code"));  // the proxy
    EXPECT_TRUE(file.has_column("/donors/disbursed_usd"));
    EXPECT_FALSE(file.has_column("/donors"));
    EXPECT_FALSE(file.has_column("/nothing/here"));

    ColumnInfo info = file.column_info("/donors/disbursed_usd");
    EXPECT_EQ(info.axes, (std::vector<Axis>{Axis::year, Axis::donor, Axis::territory}));
    EXPECT_EQ(info.shape, (std::vector<std::size_t>{5, 2, 3}));
    EXPECT_EQ(info.unit, "USD");
    EXPECT_EQ(file.identity().scenario_name, "unit-test");
    EXPECT_EQ(file.provenance().threads, 2);
}

// A missing file is an OutputError naming it, not an HDF5 dump.
TEST(ReadRun, MissingFileIsNamed) {
    ScratchDir dir;
    EXPECT_EQ(read_error(dir / "none.h5"), (dir / "none.h5").string() + ": no such file");
}

// A text file with an .h5 name is recognised as not HDF5.
TEST(ReadRun, TextFileIsNotHdf5) {
    ScratchDir dir;
    std::ofstream(dir / "notes.h5") << "year,value\n2020,1\n";
    EXPECT_EQ(read_error(dir / "notes.h5"),
              (dir / "notes.h5").string() + ": is not an HDF5 file (expected a coopsim run file)");
}

// A truncated file (an interrupted copy) fails at opening with the file's name and HDF5's
// reason.
TEST(ReadRun, TruncatedFileIsReported) {
    ScratchDir dir;
    write_run(dir / "full.h5", sample_record());
    fs::copy_file(dir / "full.h5", dir / "cut.h5");
    fs::resize_file(dir / "cut.h5", fs::file_size(dir / "full.h5") / 2);
    std::string message = read_error(dir / "cut.h5");
    EXPECT_TRUE(message.starts_with((dir / "cut.h5").string() + ": ")) << message;
    EXPECT_TRUE(contains(message, "truncated")) << message;
}

// An HDF5 file of another program (no filetype, or another one) is refused, saying what was
// expected.
TEST(ReadRun, OtherFiletypeIsRefused) {
    ScratchDir dir;
    {
        hdf5::Where where{"other.h5", ""};
        hdf5::QuietErrors quiet;
        hdf5::File file =
            hdf5::create_file(dir / "other.h5", where, hdf5::file_creation_properties(where),
                              hdf5::file_access_properties(where));
        file.close();
    }
    EXPECT_EQ(read_error(dir / "other.h5"),
              (dir / "other.h5").string() +
                  ": is not a coopsim run file (no 'filetype' attribute; expected "
                  "'coopsim-run')");
    set_root_attribute(dir / "other.h5", "filetype", "other-tool");
    EXPECT_EQ(read_error(dir / "other.h5"),
              (dir / "other.h5").string() + ": filetype is 'other-tool', expected 'coopsim-run'");
}

// A newer major format version may mean anything: refused, telling to upgrade. A newer minor
// version only adds things, so it is read.
TEST(ReadRun, NewerMajorVersionIsRefusedNewerMinorRead) {
    ScratchDir dir;
    write_run(dir / "out.h5", sample_record());
    set_root_attribute(dir / "out.h5", "format_version", "1.7");
    EXPECT_EQ(read_error(dir / "out.h5"), "");
    set_root_attribute(dir / "out.h5", "format_version", "2.0");
    EXPECT_EQ(read_error(dir / "out.h5"),
              (dir / "out.h5").string() +
                  ": format version 2.0 is newer than this coopsim reads (1.x); use a newer "
                  "coopsim");
    set_root_attribute(dir / "out.h5", "format_version", "one");
    EXPECT_TRUE(contains(read_error(dir / "out.h5"), "is not MAJOR.MINOR"));
}

}  // namespace
}  // namespace coopsim::output
