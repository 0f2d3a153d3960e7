#pragma once
// Move-only owners of HDF5 identifiers: each closes its identifier with the matching H5?close
// when destroyed, so an exception thrown half-way through a write leaks nothing and leaves no
// file open (an open file could not be removed or renamed cleanly).
#include <hdf5.h>

#include <filesystem>
#include <string_view>
#include <utility>

#include "output/hdf5/error.hpp"

namespace coopsim::output::hdf5 {

template <herr_t (*Close)(hid_t)>
class Handle {
  public:
    Handle() = default;
    explicit Handle(hid_t id) : id_(id) {}
    Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            id_ = std::exchange(other.id_, H5I_INVALID_HID);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle() { reset(); }

    hid_t id() const { return id_; }
    explicit operator bool() const { return id_ >= 0; }

    // Closing in a destructor cannot report failure; where failure matters (a file being
    // flushed), use Object::close().
    void reset() noexcept {
        if (id_ >= 0) Close(id_);
        id_ = H5I_INVALID_HID;
    }
    hid_t release() noexcept { return std::exchange(id_, H5I_INVALID_HID); }

  private:
    hid_t id_ = H5I_INVALID_HID;
};

// A handle on something inside a file: it also knows where it is, for error messages.
template <herr_t (*Close)(hid_t)>
class Object : public Handle<Close> {
  public:
    Object() = default;
    Object(hid_t id, Where where) : Handle<Close>(id), where_(std::move(where)) {}

    const Where& where() const { return where_; }

    // Closes now and throws OutputError if HDF5 fails to (for a file: fails to flush).
    void close() {
        hid_t id = this->release();
        if (id >= 0) check(Close(id), where_, "cannot close");
    }

  private:
    Where where_;
};

using Dataspace = Handle<H5Sclose>;
using Datatype = Handle<H5Tclose>;
using PropertyList = Handle<H5Pclose>;
using File = Object<H5Fclose>;
using Group = Object<H5Gclose>;
using Dataset = Object<H5Dclose>;
using Attribute = Object<H5Aclose>;

// Creates `path`, replacing it if it exists (the writer reserves an empty temporary file
// first, see staged_file.hpp). `where.file` names it in errors; the
// returned File's where().object is "/", the root group that a file id also stands for.
File create_file(const std::filesystem::path& path, const Where& where, const PropertyList& fcpl,
                 const PropertyList& fapl);
// Opens `path` read-only.
File open_file(const std::filesystem::path& path, const Where& where);

// Opens the group at absolute `path` ("/" for the root group).
Group open_group(const File& file, std::string_view path);
// Opens the group at absolute `path`, creating it and any missing parent with `gcpl`.
Group require_group(const File& file, std::string_view path, const PropertyList& gcpl);
Dataset open_dataset(const File& file, std::string_view path);
bool has_link(const File& file, std::string_view path);

enum class Kind { group, dataset, other };
// What the object at absolute `path` is.
Kind kind_at(const File& file, std::string_view path);

Dataspace space_of(const Dataset& dataset);
Dataspace space_of(const Attribute& attribute);
Datatype type_of(const Dataset& dataset);
Datatype type_of(const Attribute& attribute);

// A fresh property list of `cls` (H5P_FILE_CREATE, H5P_DATASET_CREATE, ...).
PropertyList create_properties(hid_t cls, const Where& where);

}  // namespace coopsim::output::hdf5
