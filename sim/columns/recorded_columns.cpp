#include "sim/columns/recorded_columns.hpp"

namespace coopsim::columns {

std::vector<output::Column> recorded_datasets() {
    std::vector<output::Column> out;
    for (Written when : {Written::once, Written::yearly, Written::at_end})
        for_each_recorded(when, [&](const auto& row) { out.push_back(header(row)); });
    return out;
}

}  // namespace coopsim::columns
