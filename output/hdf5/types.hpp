#pragma once
// The C++ types the output layer stores and their HDF5 types. The file types are fixed
// little-endian types, so a file is the same bytes whichever machine wrote it; strings are
// variable-length UTF-8, which netCDF reads as its `string` type and h5py as `str`.
#include <hdf5.h>

#include <concepts>
#include <cstdint>
#include <string>

#include "output/hdf5/handles.hpp"

namespace coopsim::output::hdf5 {

template <class T>
concept Storable = std::same_as<T, double> || std::same_as<T, std::int32_t> ||
    std::same_as<T, std::int64_t> || std::same_as<T, std::uint64_t> || std::same_as<T, std::string>;

// The variable-length UTF-8 string type, in memory and in the file. `where` is only for the
// message of an (unlikely) failure.
Datatype utf8_string_type(const Where& where);
// An owned copy of a predefined type.
Datatype copy_type(hid_t predefined, const Where& where);

template <Storable T>
struct TypeMap;

template <>
struct TypeMap<double> {
    static hid_t memory() { return H5T_NATIVE_DOUBLE; }
    static hid_t file() { return H5T_IEEE_F64LE; }
};
template <>
struct TypeMap<std::int32_t> {
    static hid_t memory() { return H5T_NATIVE_INT32; }
    static hid_t file() { return H5T_STD_I32LE; }
};
template <>
struct TypeMap<std::int64_t> {
    static hid_t memory() { return H5T_NATIVE_INT64; }
    static hid_t file() { return H5T_STD_I64LE; }
};
template <>
struct TypeMap<std::uint64_t> {
    static hid_t memory() { return H5T_NATIVE_UINT64; }
    static hid_t file() { return H5T_STD_U64LE; }
};

// Owned copies, so that callers close every Datatype alike (predefined types must not be
// closed, copies must).
template <Storable T>
Datatype memory_type(const Where& where) {
    if constexpr (std::same_as<T, std::string>)
        return utf8_string_type(where);
    else
        return copy_type(TypeMap<T>::memory(), where);
}

template <Storable T>
Datatype file_type(const Where& where) {
    if constexpr (std::same_as<T, std::string>)
        return utf8_string_type(where);
    else
        return copy_type(TypeMap<T>::file(), where);
}

}  // namespace coopsim::output::hdf5
