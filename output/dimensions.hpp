#pragma once
// Labelling the dimensions of a written file with its scale columns (part of write_run).
#include "output/hdf5/handles.hpp"
#include "output/run_record.hpp"

namespace coopsim::output {

// Makes every scale column a dimension scale named after its axis ("year", "territory", ...)
// and attaches it to each dimension it labels.
//
// netCDF-4 (ncdump, and xarray's h5netcdf) only finds a dimension scale in the variable's
// own group or an ancestor. Where a column uses an axis whose scale lives elsewhere
// (/donors/x over territories, labelled by /territories/dane_code), the dimension also gets,
// attached last, a dimension-only scale in the root group named like the scale column
// (/dane_code): netCDF-C and h5netcdf take the last scale of a dimension, HDF5 readers and
// read_run the one named after an axis.
void label_dimensions(const hdf5::File& file, const RunRecord& record);

}  // namespace coopsim::output
