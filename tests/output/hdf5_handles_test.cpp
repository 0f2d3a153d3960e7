// Tests of the internal HDF5 layer (output/hdf5/): handles, error reporting, typed I/O.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "output/hdf5/error.hpp"
#include "output/hdf5/handles.hpp"
#include "output/hdf5/io.hpp"
#include "output/hdf5/properties.hpp"
#include "output/output_error.hpp"
#include "test_support.hpp"

namespace coopsim::output::hdf5 {
namespace {

using testing::ScratchDir;

File new_file(const std::filesystem::path& path) {
    Where where{path.filename().string(), ""};
    return create_file(path, where, file_creation_properties(where), file_access_properties(where));
}

// A handle closes its identifier when destroyed, and moving transfers ownership: the moved-from
// handle no longer closes it (no double close, no leak).
TEST(Hdf5Handles, CloseOnDestructionAndMoveTransfersOwnership) {
    hid_t id = H5Screate(H5S_SCALAR);
    {
        Dataspace outer;
        {
            Dataspace inner(id);
            outer = std::move(inner);
            EXPECT_FALSE(inner);  // NOLINT(bugprone-use-after-move): testing the moved-from state
        }
        EXPECT_GT(H5Iis_valid(id), 0) << "closed by the moved-from handle";
        EXPECT_EQ(outer.id(), id);
    }
    QuietErrors quiet;
    EXPECT_LE(H5Iis_valid(id), 0) << "not closed";
}

// A failed HDF5 call becomes an OutputError naming the file, the object, what was attempted
// and HDF5's own reason.
TEST(Hdf5Handles, FailureNamesFileObjectAndReason) {
    ScratchDir dir;
    QuietErrors quiet;
    File file = new_file(dir / "x.h5");
    try {
        open_dataset(file, "/territories/technical");
        FAIL() << "no OutputError";
    } catch (const OutputError& e) {
        std::string message = e.what();
        EXPECT_TRUE(
            message.starts_with("x.h5: /territories/technical: cannot open dataset (HDF5: "))
            << message;
        EXPECT_EQ(e.file(), "x.h5");
        EXPECT_EQ(e.object_path(), "/territories/technical");
    }
}

// While QuietErrors lives, HDF5 prints nothing to stderr; afterwards the previous printing
// function is back (the library must not change a host program's HDF5 settings).
TEST(Hdf5Handles, QuietErrorsRestoresPreviousSetting) {
    H5E_auto2_t before = nullptr;
    void* before_data = nullptr;
    H5Eget_auto2(H5E_DEFAULT, &before, &before_data);
    {
        QuietErrors quiet;
        H5E_auto2_t inside = nullptr;
        void* inside_data = nullptr;
        H5Eget_auto2(H5E_DEFAULT, &inside, &inside_data);
        EXPECT_EQ(inside, nullptr);
    }
    H5E_auto2_t after = nullptr;
    void* after_data = nullptr;
    H5Eget_auto2(H5E_DEFAULT, &after, &after_data);
    EXPECT_EQ(after, before);
    EXPECT_NE(after, nullptr);
}

// require_group creates every missing parent and opens existing ones; has_link answers for
// paths whose parents are missing instead of failing.
TEST(Hdf5Handles, RequireGroupCreatesParents) {
    ScratchDir dir;
    QuietErrors quiet;
    File file = new_file(dir / "x.h5");
    PropertyList gcpl = group_creation_properties(file.where());
    EXPECT_FALSE(has_link(file, "/a/b/c"));
    require_group(file, "/a/b/c", gcpl);
    require_group(file, "/a/b", gcpl);
    EXPECT_TRUE(has_link(file, "/a/b/c"));
    EXPECT_EQ(kind_at(file, "/a/b"), Kind::group);
}

// Every Storable type round-trips through the one writer and one reader, as a dataset and as
// an attribute; strings keep non-ASCII characters and empty strings.
TEST(Hdf5Handles, EveryStorableTypeRoundTrips) {
    ScratchDir dir;
    QuietErrors quiet;
    File file = new_file(dir / "x.h5");
    auto round_trip = [&]<class T>(const std::string& name, std::vector<T> values) {
        Shape shape{values.size()};
        Creation creation = dataset_creation(shape, 8, false, file.where().at(name));
        Dataset dataset = write_dataset(file, name, shape, std::span<const T>(values), creation);
        write_attribute(dataset, "first", values.front());
        EXPECT_EQ(read_values<T>(open_dataset(file, name)), values) << name;
        EXPECT_EQ(read_attribute<T>(dataset, "first"), values.front()) << name;
    };
    round_trip("/f64", std::vector<double>{1.5, -0.0, 1e300});
    round_trip("/i32", std::vector<std::int32_t>{INT32_MIN, 0, INT32_MAX});
    round_trip("/i64", std::vector<std::int64_t>{INT64_MIN, 0, INT64_MAX});
    round_trip("/u64", std::vector<std::uint64_t>{0, UINT64_MAX});
    round_trip("/str", std::vector<std::string>{"Bogotá D.C.", "", "Ñ"});
}

// Files written by other tools often hold fixed-length strings; the reader accepts them too,
// and a text read of a number fails with a clear message instead of converting.
TEST(Hdf5Handles, ReadsFixedLengthStringsAndRefusesNumbersAsText) {
    ScratchDir dir;
    QuietErrors quiet;
    File file = new_file(dir / "x.h5");
    Datatype fixed = copy_type(H5T_C_S1, file.where());
    H5Tset_size(fixed.id(), 4);
    const char data[] = "ab\0\0cdef";
    Shape shape{2};
    write_dataset_raw(file, "/fixed", shape, Creation{}, fixed, fixed, data);
    EXPECT_EQ(read_values<std::string>(open_dataset(file, "/fixed")),
              (std::vector<std::string>{"ab", "cdef"}));

    std::vector<double> numbers{1.0};
    write_dataset(file, "/numbers", Shape{1}, std::span<const double>(numbers), Creation{});
    EXPECT_THROW(read_values<std::string>(open_dataset(file, "/numbers")), OutputError);
}

}  // namespace
}  // namespace coopsim::output::hdf5
