#pragma once
// The creation properties of coopsim files. Each setting is there for one of two reasons:
// netCDF-4 (ncdump, xarray) reads the file as it reads its own, or two runs with the same
// content give files that differ only in /provenance.
#include <cstddef>

#include "output/hdf5/handles.hpp"
#include "output/hdf5/io.hpp"

namespace coopsim::output::hdf5 {

// Links and attributes tracked and indexed in creation order (what netCDF-4 does, so
// netCDF lists variables in writing order); the root group's attributes in dense storage from
// the first one, so an attribute may exceed the 64 KiB limit of compact storage.
PropertyList file_creation_properties(const Where& where);

// File format objects no newer than HDF5 1.8's, so that any HDF5 >= 1.8 reads the file; a
// strong close, so that closing the file closes (and flushes) everything in it.
PropertyList file_access_properties(const Where& where);

// Creation order as for the file; no modification times, which would differ between runs.
PropertyList group_creation_properties(const Where& where);

// Layout of a dataset of `shape` (see chunking.hpp): chunked datasets are compressed with
// shuffle + deflate level 4, and zero-length axes are made extendible (HDF5 requires it).
Creation dataset_creation(const Shape& shape, std::size_t element_bytes, bool year_first,
                          const Where& where);

inline constexpr unsigned kDeflateLevel = 4;

}  // namespace coopsim::output::hdf5
