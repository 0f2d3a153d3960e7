#include "output/hdf5/properties.hpp"

#include <cstdint>
#include <vector>

#include "output/chunking.hpp"

namespace coopsim::output::hdf5 {

namespace {

constexpr unsigned kCreationOrder = H5P_CRT_ORDER_TRACKED | H5P_CRT_ORDER_INDEXED;

// Settings shared by every object-creation list (file, group, dataset).
void set_object_properties(const PropertyList& plist, const Where& where) {
    check(H5Pset_attr_creation_order(plist.id(), kCreationOrder), where,
          "cannot track attribute creation order");
    check(H5Pset_obj_track_times(plist.id(), false), where, "cannot turn off object times");
}

}  // namespace

PropertyList file_creation_properties(const Where& where) {
    PropertyList fcpl = create_properties(H5P_FILE_CREATE, where);
    set_object_properties(fcpl, where);
    check(H5Pset_link_creation_order(fcpl.id(), kCreationOrder), where,
          "cannot track link creation order");
    check(H5Pset_attr_phase_change(fcpl.id(), 0, 0), where, "cannot set dense attributes");
    return fcpl;
}

PropertyList file_access_properties(const Where& where) {
    PropertyList fapl = create_properties(H5P_FILE_ACCESS, where);
    check(H5Pset_libver_bounds(fapl.id(), H5F_LIBVER_V18, H5F_LIBVER_V18), where,
          "cannot set format version bounds");
    check(H5Pset_fclose_degree(fapl.id(), H5F_CLOSE_STRONG), where, "cannot set close degree");
    return fapl;
}

PropertyList group_creation_properties(const Where& where) {
    PropertyList gcpl = create_properties(H5P_GROUP_CREATE, where);
    set_object_properties(gcpl, where);
    check(H5Pset_link_creation_order(gcpl.id(), kCreationOrder), where,
          "cannot track link creation order");
    return gcpl;
}

Creation dataset_creation(const Shape& shape, std::size_t element_bytes, bool year_first,
                          const Where& where) {
    Creation creation;
    creation.dcpl = create_properties(H5P_DATASET_CREATE, where);
    set_object_properties(creation.dcpl, where);

    std::vector<std::uint64_t> dims(shape.begin(), shape.end());
    std::vector<std::uint64_t> chunk = chunk_shape(dims, element_bytes, year_first);
    if (chunk.empty()) return creation;

    creation.max_shape = shape;
    for (hsize_t& length : creation.max_shape)
        if (length == 0) length = H5S_UNLIMITED;
    Shape chunk_dims(chunk.begin(), chunk.end());
    const PropertyList& dcpl = creation.dcpl;
    check(H5Pset_chunk(dcpl.id(), static_cast<int>(chunk_dims.size()), chunk_dims.data()), where,
          "cannot set chunking");
    check(H5Pset_shuffle(dcpl.id()), where, "cannot set shuffle filter");
    check(H5Pset_deflate(dcpl.id(), kDeflateLevel), where, "cannot set deflate filter");
    return creation;
}

}  // namespace coopsim::output::hdf5
