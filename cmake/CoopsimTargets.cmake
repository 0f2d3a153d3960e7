# Compiler settings shared by every coopsim target, as one interface library.
add_library(coopsim_build_settings INTERFACE)
add_library(coopsim::build_settings ALIAS coopsim_build_settings)
target_compile_options(coopsim_build_settings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>)
if(COOPSIM_WARNINGS_AS_ERRORS)
  target_compile_options(coopsim_build_settings INTERFACE -Werror)
endif()
if(COOPSIM_SANITIZE)
  target_compile_options(coopsim_build_settings INTERFACE -fsanitize=${COOPSIM_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(coopsim_build_settings INTERFACE -fsanitize=${COOPSIM_SANITIZE})
endif()

# coopsim_add_test(NAME name SOURCES a.cpp b.cpp [LIBS ...])
# One GoogleTest executable per tested area; each test case is registered with CTest.
function(coopsim_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main coopsim::build_settings)
  target_compile_definitions(${T_NAME} PRIVATE
    COOPSIM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    COOPSIM_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # A GTEST_SKIP (absent data, a golden file rewritten) shows as Skipped, not Passed, in ctest's
  # log and its "did not run" list; tests/skipped_tests.sh prints the reasons.
  gtest_discover_tests(${T_NAME} TEST_PREFIX "${T_NAME}." WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                       DISCOVERY_TIMEOUT 60
                       PROPERTIES SKIP_REGULAR_EXPRESSION "[[]  SKIPPED []]")
endfunction()
