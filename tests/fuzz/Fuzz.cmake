# SPDX-License-Identifier: GPL-3.0-or-later
# libFuzzer targets (tests/fuzz/project), built with clang when it is installed, and run by ctest for
# KIOSK_FUZZ_SECONDS (20 s by default; longer in a soak run: KIOSK_FUZZ_SECONDS=600 ctest -L fuzz).
# Not in the sanitizer build directory: the fuzzer has its own ASan + UBSan.
find_program(KIOSK_CLANGXX NAMES clang++ clang++-14)
if(NOT KIOSK_CLANGXX OR KIOSK_SANITIZE)
  message(STATUS "libFuzzer targets: skipped (no clang++, or sanitizer build)")
  return()
endif()

include(ExternalProject)
set(fuzz_build ${CMAKE_BINARY_DIR}/fuzz)
ExternalProject_Add(fuzzers
  SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR}/project
  BINARY_DIR ${fuzz_build}
  CMAKE_ARGS -DCMAKE_CXX_COMPILER=${KIOSK_CLANGXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
             -DKIOSK_SOURCE_DIR=${PROJECT_SOURCE_DIR}
  BUILD_ALWAYS ON
  INSTALL_COMMAND ""
  USES_TERMINAL_BUILD ON)

set(KIOSK_FUZZ_SECONDS 20 CACHE STRING "How long ctest runs each libFuzzer target")
# The corpus grows in the build directory, seeded from tests/fuzz/corpus.
add_test(NAME fuzz_manifest
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1
          sh -c "mkdir -p '${fuzz_build}/corpus' && exec '${fuzz_build}/fuzz_manifest' \
-max_total_time=\${KIOSK_FUZZ_SECONDS:-${KIOSK_FUZZ_SECONDS}} -rss_limit_mb=2048 -max_len=65536 \
-print_final_stats=1 '${fuzz_build}/corpus' '${CMAKE_CURRENT_LIST_DIR}/corpus'")
set_tests_properties(fuzz_manifest PROPERTIES LABELS fuzz TIMEOUT 900)
