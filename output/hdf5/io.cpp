#include "output/hdf5/io.hpp"

#include <algorithm>

namespace coopsim::output::hdf5 {

Dataspace make_space(const Shape& shape, const Shape& max_shape, const Where& where) {
    if (shape.empty()) return Dataspace(check(H5Screate(H5S_SCALAR), where, "cannot make space"));
    const Shape& max = max_shape.empty() ? shape : max_shape;
    hid_t id = H5Screate_simple(static_cast<int>(shape.size()), shape.data(), max.data());
    return Dataspace(check(id, where, "cannot make dataspace"));
}

Shape shape_of(const Dataspace& space, const Where& where) {
    int rank = check(H5Sget_simple_extent_ndims(space.id()), where, "cannot get rank");
    Shape shape(static_cast<std::size_t>(rank));
    if (rank > 0)
        check(H5Sget_simple_extent_dims(space.id(), shape.data(), nullptr), where,
              "cannot get dimensions");
    return shape;
}

std::size_t element_count(const Shape& shape) {
    std::size_t count = 1;
    for (hsize_t length : shape)
        count *= static_cast<std::size_t>(length);
    return count;
}

Dataset write_dataset_raw(const File& file, std::string_view path, const Shape& shape,
                          const Creation& creation, const Datatype& file_type,
                          const Datatype& memory_type, const void* data) {
    Where where = file.where().at(path);
    Dataspace space = make_space(shape, creation.max_shape, where);
    std::string name(path);
    hid_t dcpl = creation.dcpl ? creation.dcpl.id() : H5P_DEFAULT;
    Dataset dataset(check(H5Dcreate2(file.id(), name.c_str(), file_type.id(), space.id(),
                                     H5P_DEFAULT, dcpl, H5P_DEFAULT),
                          where, "cannot create dataset"),
                    where);
    // Writing nothing to an empty dataset is a no-op that some HDF5 versions reject.
    if (element_count(shape) > 0)
        check(H5Dwrite(dataset.id(), memory_type.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, data), where,
              "cannot write dataset");
    return dataset;
}

void write_attribute_raw(hid_t id, const Where& where, std::string_view name, const Shape& shape,
                         const Datatype& file_type, const Datatype& memory_type, const void* data) {
    std::string key(name);
    std::string what = "cannot write attribute '" + key + "'";
    Dataspace space = make_space(shape, {}, where);
    Attribute attribute(
        check(H5Acreate2(id, key.c_str(), file_type.id(), space.id(), H5P_DEFAULT, H5P_DEFAULT),
              where, what),
        where);
    check(H5Awrite(attribute.id(), memory_type.id(), data), where, what);
}

std::vector<const char*> detail::c_strings(std::span<const std::string> values) {
    std::vector<const char*> pointers(values.size());
    std::transform(values.begin(), values.end(), pointers.begin(),
                   [](const std::string& s) { return s.c_str(); });
    return pointers;
}

void read_raw(const Dataset& dataset, const Datatype& memory_type, void* data) {
    check(H5Dread(dataset.id(), memory_type.id(), H5S_ALL, H5S_ALL, H5P_DEFAULT, data),
          dataset.where(), "cannot read dataset");
}

void read_raw(const Attribute& attribute, const Datatype& memory_type, void* data) {
    check(H5Aread(attribute.id(), memory_type.id(), data), attribute.where(),
          "cannot read attribute");
}

namespace {

template <class O>
std::vector<std::string> read_strings_of(const O& object) {
    const Where& where = object.where();
    Datatype stored = type_of(object);
    H5T_class_t type_class = H5Tget_class(stored.id());
    if (type_class == H5T_NO_CLASS) fail(where, "cannot get type class");
    if (type_class != H5T_STRING) fail(where, "holds numbers where text was expected");
    Dataspace space = space_of(object);
    std::size_t count = element_count(shape_of(space, where));
    std::vector<std::string> values;
    values.reserve(count);
    if (count == 0) return values;

    if (check(H5Tis_variable_str(stored.id()), where, "cannot inspect string type") > 0) {
        Datatype memory = utf8_string_type(where);
        std::vector<char*> pointers(count, nullptr);
        read_raw(object, memory, pointers.data());
        for (const char* p : pointers)
            values.emplace_back(p ? p : "");
        check(H5Dvlen_reclaim(memory.id(), space.id(), H5P_DEFAULT, pointers.data()), where,
              "cannot free strings");
        return values;
    }
    // Fixed-length strings (written by other tools): read as stored, with no conversion that
    // could cut the last character, then cut at the first NUL of the padding.
    std::size_t size = H5Tget_size(stored.id());
    if (size == 0) fail(where, "has a string type of size 0");
    Datatype memory = copy_type(stored.id(), where);
    std::vector<char> buffer(count * size);
    read_raw(object, memory, buffer.data());
    for (std::size_t i = 0; i < count; ++i) {
        const char* begin = buffer.data() + i * size;
        values.emplace_back(begin, std::find(begin, begin + size, '\0'));
    }
    return values;
}

}  // namespace

std::vector<std::string> read_strings(const Dataset& dataset) {
    return read_strings_of(dataset);
}

std::vector<std::string> read_strings(const Attribute& attribute) {
    return read_strings_of(attribute);
}

bool has_attribute(hid_t id, const Where& where, std::string_view name) {
    std::string key(name);
    return check(H5Aexists(id, key.c_str()), where, "cannot look up attribute '" + key + "'") > 0;
}

Attribute open_attribute(hid_t id, const Where& where, std::string_view name) {
    std::string key(name);
    Where attribute_where = where.at("attribute '" + key + "' of " + where.object);
    return Attribute(
        check(H5Aopen(id, key.c_str(), H5P_DEFAULT), attribute_where, "cannot open attribute"),
        attribute_where);
}

}  // namespace coopsim::output::hdf5
