# Writes build_info.cpp at every build, so the git commit recorded in output files is never stale.
set(COOPSIM_BUILD_INFO_CPP ${PROJECT_BINARY_DIR}/generated/build_info.cpp)
add_custom_target(coopsim_build_info
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${COOPSIM_BUILD_INFO_CPP}
          -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/WriteBuildInfo.cmake
  BYPRODUCTS ${COOPSIM_BUILD_INFO_CPP}
  COMMENT "Recording git commit for provenance")
