#pragma once
// Summaries of a sample: of the replications of an ensemble, or of territories within one run.
#include <vector>

namespace coopsim::validation {

double mean(const std::vector<double>& values);  // NaN for none
// Linear interpolation between order statistics (type 7 of Hyndman & Fan, as numpy and R's
// default): q = 0.5 is the median, 0.05 and 0.95 bound a 90 % interval. NaN for none.
double quantile(std::vector<double> values, double q);
double median(const std::vector<double>& values);
// Gini coefficient of non-negative amounts: 0 when equal, towards 1 when one holds everything;
// NaN when there are none or they sum to zero.
double gini(std::vector<double> amounts);

}  // namespace coopsim::validation
