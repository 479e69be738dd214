# The GoogleTest unit tests (tests/unit/*_test.cc) built with Emscripten and
# run under Node by ctest. Included from tests/CMakeLists.txt when EMSCRIPTEN
# is set (after cmake/Wasm.cmake, whose link settings the tests share).
#
#   cmake --preset wasm-release && cmake --build --preset wasm-release
#   cd build/wasm-release && ctest -L unit          # or scripts/test-wasm.sh
#
# - GoogleTest comes from ${BEAMLINE_WASM_DEPS} (scripts/setup-wasm.sh builds it
#   from /usr/src/googletest), built with exception catching on; the tests are
#   compiled and linked with it on too (re_test catches its own exception, and
#   an exception escaping a test must fail that test, as natively). The
#   runtime itself stays without catching, as in the CLI.
# - Each test links like the CLI (BEAMLINE_WASM_CLI_LINK_OPTIONS: main() on a
#   pthread, NODERAWFS so tests read the library bundle and write under /tmp,
#   the same hard-link / fallocate shims), but with -O1 at link time: wasm-opt's
#   -O3 pass costs ~75 s per test binary on the 2-core machine (-O1: ~4 s),
#   for nothing a test needs (the objects are still compiled at -O3).
# - One ctest test per program (not per test case): Node starts in ~0.5 s,
#   which per case would dominate the run.
# - Tests that cannot run on wasm, and tests that fail there because of a
#   known bug, are listed below with the reason: configure prints them, and
#   ctest shows them in every run (as "Disabled" tests, or as expected-failure
#   tests), so nothing is skipped silently.

if(NOT DEFINED BEAMLINE_WASM_CLI_LINK_OPTIONS)
  message(FATAL_ERROR "cmake/WasmTests.cmake needs cmake/Wasm.cmake's BEAMLINE_WASM_CLI_LINK_OPTIONS")
endif()
find_package(GTest CONFIG QUIET)
if(NOT GTest_FOUND)
  message(FATAL_ERROR "No wasm32 GoogleTest in ${BEAMLINE_WASM_DEPS}: run scripts/setup-wasm.sh")
endif()
find_program(BEAMLINE_NODE_EXECUTABLE node REQUIRED)

# Tests that cannot run on wasm (a limit of the platform, not a bug):
# "NAME" (a whole program) or "NAME:Suite.Case", each followed by the reason.
# They are left out of the run, and each is registered as a disabled ctest test
# "NAME[:Suite.Case]:not_on_wasm", which ctest lists as "Disabled" in every run.
# (Not in tests/unit and so not here: tests/gleam's gleam_build_test, whose
# code under test runs node and erlc as child processes; native only.)
set(BEAMLINE_WASM_UNSUPPORTED
  "concurrency_test:ConcurrentOutput.WritesAreNeverInterleaved"
  "captures standard output by dup()/dup2() on fd 1, which Emscripten 3.1.6's NODERAWFS cannot do (its stdio streams have no path: dup(1) fails)")

# Test cases that fail on wasm because of a bug: "NAME:Suite.Case" "reason".
# The program's ctest test runs without them, and each also runs alone as the
# ctest test "NAME:Suite.Case:known_failure" with WILL_FAIL, which starts
# failing as soon as the case passes: then remove it from this list.
set(BEAMLINE_WASM_KNOWN_FAILURES
  "prim_file_test:PrimFileTest.FileInfoLinksAndTimes"
  "Emscripten 3.1.6 NODERAWFS bug: utime() hands milliseconds to Node's fs.utimesSync, which takes seconds, so set_time_nif(1000000000) sets a time 1000x too far (read back clamped)")

# For test program NAME: sets <out>_cases to the cases of LIST ("NAME:Case"
# entries) and <out>_whole to TRUE when LIST names the whole program; prints
# each with its reason.
function(beamline_wasm_entries name list kind out)
  set(cases)
  set(whole FALSE)
  list(LENGTH list n)
  if(n GREATER 0)
    math(EXPR last "${n} - 1")
    foreach(i RANGE 0 ${last} 2)
      list(GET list ${i} entry)
      math(EXPR j "${i} + 1")
      list(GET list ${j} reason)
      if(entry STREQUAL name)
        set(whole TRUE)
        message(STATUS "wasm unit tests: ${kind}: ${name}: ${reason}")
      elseif(entry MATCHES "^${name}:(.+)$")
        list(APPEND cases ${CMAKE_MATCH_1})
        message(STATUS "wasm unit tests: ${kind}: ${name} ${CMAKE_MATCH_1}: ${reason}")
      endif()
    endforeach()
  endif()
  set(${out}_cases ${cases} PARENT_SCOPE)
  set(${out}_whole ${whole} PARENT_SCOPE)
endfunction()

set(node_fs ${CMAKE_SOURCE_DIR}/platform/node_fs_emscripten.js)
set(run_test ${BEAMLINE_NODE_EXECUTABLE} --no-experimental-fetch)
file(GLOB UNIT_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*_test.cc)
set(BEAMLINE_WASM_UNIT_TESTS)
foreach(src ${UNIT_TEST_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE beamline_runtime GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE BEAMLINE_TEST_LIB_DIR="${BEAMLINE_LIB_DIR}")
  target_compile_options(${name} PRIVATE -sDISABLE_EXCEPTION_CATCHING=0)
  target_link_options(${name} PRIVATE ${BEAMLINE_WASM_CLI_LINK_OPTIONS}
    -sDISABLE_EXCEPTION_CATCHING=0 -O1
    "SHELL:--js-library ${node_fs}" -Wl,--wrap=__syscall_link)
  set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${node_fs})
  add_dependencies(${name} beamline_erlang_lib)
  list(APPEND BEAMLINE_WASM_UNIT_TESTS ${name})

  beamline_wasm_entries(${name} "${BEAMLINE_WASM_UNSUPPORTED}" "not on wasm" unsupported)
  beamline_wasm_entries(${name} "${BEAMLINE_WASM_KNOWN_FAILURES}" "known failure" known)
  if(unsupported_whole)
    add_test(NAME ${name}:not_on_wasm COMMAND ${run_test} $<TARGET_FILE:${name}>)
    set_tests_properties(${name}:not_on_wasm PROPERTIES DISABLED TRUE LABELS "unit;wasm")
    continue()
  endif()
  set(excluded ${unsupported_cases} ${known_cases})
  set(args)
  if(excluded)
    list(JOIN excluded ":" f)
    set(args "--gtest_filter=-${f}")
  endif()
  add_test(NAME ${name} COMMAND ${run_test} $<TARGET_FILE:${name}> ${args})
  set_tests_properties(${name} PROPERTIES TIMEOUT 900 LABELS "unit;wasm")
  foreach(case ${unsupported_cases})
    add_test(NAME ${name}:${case}:not_on_wasm
      COMMAND ${run_test} $<TARGET_FILE:${name}> --gtest_filter=${case})
    set_tests_properties(${name}:${case}:not_on_wasm PROPERTIES
      DISABLED TRUE LABELS "unit;wasm")
  endforeach()
  foreach(case ${known_cases})
    add_test(NAME ${name}:${case}:known_failure
      COMMAND ${run_test} $<TARGET_FILE:${name}> --gtest_filter=${case})
    set_tests_properties(${name}:${case}:known_failure PROPERTIES
      WILL_FAIL TRUE TIMEOUT 900 LABELS "unit;wasm;known_failure")
  endforeach()
endforeach()

# Builds every wasm unit test: `cmake --build ... --target beamline_wasm_unit_tests`.
add_custom_target(beamline_wasm_unit_tests DEPENDS ${BEAMLINE_WASM_UNIT_TESTS})
