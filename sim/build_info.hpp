#pragma once
// Version and git commit of this build (generated at build time, cmake/WriteBuildInfo.cmake).
namespace coopsim {
const char* version();
const char* git_commit();
}  // namespace coopsim
