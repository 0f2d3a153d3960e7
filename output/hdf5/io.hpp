#pragma once
// Writing and reading datasets and attributes of the Storable types. The typed overloads all
// forward to one low-level writer and one low-level reader per object kind, so the HDF5
// calls, their checks and the string conversions exist once (the pattern of OpenMC's
// hdf5_interface.h).
#include <hdf5.h>

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output/hdf5/handles.hpp"
#include "output/hdf5/types.hpp"

namespace coopsim::output::hdf5 {

// Dimensions of a dataset or attribute; empty for a scalar.
using Shape = std::vector<hsize_t>;

// How a dataset is created: its maximum shape (empty: the shape itself) and its creation
// properties (layout, filters). See properties.hpp for the ones coopsim uses.
struct Creation {
    Shape max_shape;
    PropertyList dcpl;
};

Dataspace make_space(const Shape& shape, const Shape& max_shape, const Where& where);
Shape shape_of(const Dataspace& space, const Where& where);
std::size_t element_count(const Shape& shape);

// ---- writing -------------------------------------------------------------------------------

// The low-level dataset writer: creates the dataset at absolute `path` (its group must exist)
// and writes `data`, laid out as `memory_type`.
Dataset write_dataset_raw(const File& file, std::string_view path, const Shape& shape,
                          const Creation& creation, const Datatype& file_type,
                          const Datatype& memory_type, const void* data);

// The low-level attribute writer: creates attribute `name` of `shape` on the object `id`.
void write_attribute_raw(hid_t id, const Where& where, std::string_view name, const Shape& shape,
                         const Datatype& file_type, const Datatype& memory_type, const void* data);

namespace detail {
// What HDF5 reads for a variable-length string: one char* per element.
std::vector<const char*> c_strings(std::span<const std::string> values);
}  // namespace detail

template <Storable T>
Dataset write_dataset(const File& file, std::string_view path, const Shape& shape,
                      std::span<const T> values, const Creation& creation) {
    Where where = file.where().at(path);
    if constexpr (std::same_as<T, std::string>) {
        std::vector<const char*> pointers = detail::c_strings(values);
        return write_dataset_raw(file, path, shape, creation, file_type<T>(where),
                                 memory_type<T>(where), pointers.data());
    } else {
        return write_dataset_raw(file, path, shape, creation, file_type<T>(where),
                                 memory_type<T>(where), values.data());
    }
}

// A scalar attribute on `object` (a File, Group or Dataset).
template <Storable T, class O>
void write_attribute(const O& object, std::string_view name, const T& value) {
    const Where& where = object.where();
    if constexpr (std::same_as<T, std::string>) {
        const char* pointer = value.c_str();
        write_attribute_raw(object.id(), where, name, {}, file_type<T>(where),
                            memory_type<T>(where), &pointer);
    } else {
        write_attribute_raw(object.id(), where, name, {}, file_type<T>(where),
                            memory_type<T>(where), &value);
    }
}

// ---- reading -------------------------------------------------------------------------------

// The low-level readers: read the whole object into `data`, laid out as `memory_type`.
void read_raw(const Dataset& dataset, const Datatype& memory_type, void* data);
void read_raw(const Attribute& attribute, const Datatype& memory_type, void* data);

// Strings, variable-length or fixed-length, whichever the file holds.
std::vector<std::string> read_strings(const Dataset& dataset);
std::vector<std::string> read_strings(const Attribute& attribute);

template <Storable T, class O>
std::vector<T> read_values(const O& object) {
    if constexpr (std::same_as<T, std::string>) {
        return read_strings(object);
    } else {
        std::vector<T> values(element_count(shape_of(space_of(object), object.where())));
        read_raw(object, memory_type<T>(object.where()), values.data());
        return values;
    }
}

bool has_attribute(hid_t id, const Where& where, std::string_view name);
Attribute open_attribute(hid_t id, const Where& where, std::string_view name);

// The scalar attribute `name` of `object`; fails if absent or not a single value.
template <Storable T, class O>
T read_attribute(const O& object, std::string_view name) {
    Attribute attribute = open_attribute(object.id(), object.where(), name);
    std::vector<T> values = read_values<T>(attribute);
    if (values.size() != 1)
        fail(object.where(), "attribute '" + std::string(name) + "' is not a single value");
    return std::move(values.front());
}

}  // namespace coopsim::output::hdf5
