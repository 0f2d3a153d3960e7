#pragma once
// Identity of the trajectory file format (docs/OUTPUT.md). Readers refuse a file whose major
// version is newer than kFormatMajor: a major bump means an old reader would misread it.
namespace coopsim::output {

inline constexpr const char* kFileType = "coopsim-run";
inline constexpr const char* kFormatVersion = "1.0";
inline constexpr int kFormatMajor = 1;

}  // namespace coopsim::output
