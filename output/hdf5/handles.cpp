#include "output/hdf5/handles.hpp"

#include <string>

namespace coopsim::output::hdf5 {

File create_file(const std::filesystem::path& path, const Where& where, const PropertyList& fcpl,
                 const PropertyList& fapl) {
    hid_t id = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, fcpl.id(), fapl.id());
    return File(check(id, where, "cannot create file"), where.at("/"));
}

File open_file(const std::filesystem::path& path, const Where& where) {
    hid_t id = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
    return File(check(id, where, "cannot open file as HDF5"), where.at("/"));
}

Group open_group(const File& file, std::string_view path) {
    Where where = file.where().at(path);
    std::string name(path);
    return Group(check(H5Gopen2(file.id(), name.c_str(), H5P_DEFAULT), where, "cannot open group"),
                 where);
}

Group require_group(const File& file, std::string_view path, const PropertyList& gcpl) {
    // H5Pset_create_intermediate_group would make the parents with default properties; they
    // need gcpl too (creation order tracking, see properties.hpp), so make each in turn.
    std::size_t end = 0;
    while (end != std::string_view::npos) {
        end = path.find('/', end + 1);
        std::string prefix(path.substr(0, end));
        if (prefix == "/" || has_link(file, prefix)) continue;
        Where where = file.where().at(prefix);
        Group(check(H5Gcreate2(file.id(), prefix.c_str(), H5P_DEFAULT, gcpl.id(), H5P_DEFAULT),
                    where, "cannot create group"),
              where);
    }
    return open_group(file, path);
}

Dataset open_dataset(const File& file, std::string_view path) {
    Where where = file.where().at(path);
    std::string name(path);
    return Dataset(
        check(H5Dopen2(file.id(), name.c_str(), H5P_DEFAULT), where, "cannot open dataset"), where);
}

bool has_link(const File& file, std::string_view path) {
    // H5Lexists fails rather than answers when a parent is missing: test each level.
    std::size_t end = 0;
    while (end != std::string_view::npos) {
        end = path.find('/', end + 1);
        std::string prefix(path.substr(0, end));
        if (prefix == "/") continue;
        htri_t exists = H5Lexists(file.id(), prefix.c_str(), H5P_DEFAULT);
        if (check(exists, file.where().at(prefix), "cannot look up link") == 0) return false;
    }
    return true;
}

Kind kind_at(const File& file, std::string_view path) {
    Where where = file.where().at(path);
    std::string name(path);
    Handle<H5Oclose> object(
        check(H5Oopen(file.id(), name.c_str(), H5P_DEFAULT), where, "cannot open object"));
    switch (H5Iget_type(object.id())) {
        case H5I_GROUP:
            return Kind::group;
        case H5I_DATASET:
            return Kind::dataset;
        default:
            return Kind::other;
    }
}

Dataspace space_of(const Dataset& dataset) {
    return Dataspace(check(H5Dget_space(dataset.id()), dataset.where(), "cannot get dataspace"));
}

Dataspace space_of(const Attribute& attribute) {
    return Dataspace(
        check(H5Aget_space(attribute.id()), attribute.where(), "cannot get dataspace"));
}

Datatype type_of(const Dataset& dataset) {
    return Datatype(check(H5Dget_type(dataset.id()), dataset.where(), "cannot get datatype"));
}

Datatype type_of(const Attribute& attribute) {
    return Datatype(check(H5Aget_type(attribute.id()), attribute.where(), "cannot get datatype"));
}

PropertyList create_properties(hid_t cls, const Where& where) {
    return PropertyList(check(H5Pcreate(cls), where, "cannot create property list"));
}

}  // namespace coopsim::output::hdf5
