# The WebAssembly build (Emscripten; the wasm-release preset). Included from
# CMakeLists.txt only when EMSCRIPTEN is set; the native builds never read it.
#
# Dependencies come from ${BEAMLINE_WASM_DEPS}, filled by scripts/setup-wasm.sh:
#   lib/libabsl_*.a + lib/cmake/absl   Abseil (Debian source, emcc -pthread)
#   lib/libz.a, include/zlib.h         zlib   (Debian source)
#   lib/libpcre2-8.a, include/pcre2.h  PCRE2  (Debian source, no JIT)
#   include/{fmt,boost,CLI}            symlinks to Debian's header-only -dev packages
# This file defines the same targets the native build gets from find_package
# and pkg-config (absl::*, ZLIB::ZLIB, fmt::fmt-header-only, Boost::headers,
# PkgConfig::PCRE2), so the rest of CMakeLists.txt is shared.

set(BEAMLINE_WASM_DEPS "/opt/beamline-deps/wasm" CACHE PATH
    "Prefix holding the wasm32 builds of beamline's dependencies (scripts/setup-wasm.sh)")
if(NOT EXISTS ${BEAMLINE_WASM_DEPS}/lib/cmake/absl)
  message(FATAL_ERROR "No wasm dependencies in ${BEAMLINE_WASM_DEPS}: run scripts/setup-wasm.sh first")
endif()

# The Emscripten toolchain only searches below CMAKE_FIND_ROOT_PATH (its
# sysroot): add our prefix there, never the host's /usr.
list(APPEND CMAKE_FIND_ROOT_PATH ${BEAMLINE_WASM_DEPS})
list(APPEND CMAKE_PREFIX_PATH ${BEAMLINE_WASM_DEPS})

# Emscripten's JavaScript tools (run at link time) load acorn & co. from
# Debian's node module directory.
set(BEAMLINE_EMCC_ENV ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_C_LINKER_LAUNCHER ${BEAMLINE_EMCC_ENV})
set(CMAKE_CXX_LINKER_LAUNCHER ${BEAMLINE_EMCC_ENV})

# Every object (ours and the dependencies') is built with -pthread: wasm
# shared memory and atomics must be enabled throughout.
add_compile_options(-pthread)
add_link_options(-pthread)

find_package(absl REQUIRED)
find_package(ZLIB REQUIRED)

find_path(BEAMLINE_PCRE2_INCLUDE pcre2.h REQUIRED)
find_library(BEAMLINE_PCRE2_LIB pcre2-8 REQUIRED)
add_library(PkgConfig::PCRE2 STATIC IMPORTED)
set_target_properties(PkgConfig::PCRE2 PROPERTIES
  IMPORTED_LOCATION ${BEAMLINE_PCRE2_LIB}
  INTERFACE_INCLUDE_DIRECTORIES ${BEAMLINE_PCRE2_INCLUDE}
  INTERFACE_COMPILE_DEFINITIONS PCRE2_STATIC)

# Header-only libraries, through the symlinks in ${BEAMLINE_WASM_DEPS}/include
# (also where CLI/CLI.hpp for native/main.cc is found).
foreach(header fmt/format.h boost/version.hpp CLI/CLI.hpp)
  if(NOT EXISTS ${BEAMLINE_WASM_DEPS}/include/${header})
    message(FATAL_ERROR "${BEAMLINE_WASM_DEPS}/include/${header} missing: run scripts/setup-wasm.sh")
  endif()
endforeach()
add_library(fmt::fmt-header-only INTERFACE IMPORTED)
set_target_properties(fmt::fmt-header-only PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES ${BEAMLINE_WASM_DEPS}/include
  INTERFACE_COMPILE_DEFINITIONS FMT_HEADER_ONLY=1)
add_library(Boost::headers INTERFACE IMPORTED)
set_target_properties(Boost::headers PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES ${BEAMLINE_WASM_DEPS}/include)

# Link settings of the wasm CLI (build/wasm-release/beamline.js, started by
# the beamline.mjs wrapper): main() runs on a pthread so the VM may block;
# NODERAWFS gives it the host file system under Node; memory grows on demand.
set(BEAMLINE_WASM_CLI_LINK_OPTIONS
  -sPROXY_TO_PTHREAD=1
  -sNODERAWFS=1
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=64MB
  -sTOTAL_STACK=8MB  # main()'s stack, as natively (Emscripten 3.1.6 name)
  -sDEFAULT_PTHREAD_STACK_SIZE=8MB
  -sEXIT_RUNTIME=1
  -sENVIRONMENT=node,worker
  -Wno-pthreads-mem-growth)

# Adds the ES-module entry point build/<preset>/beamline.mjs next to the
# Emscripten output of TARGET (a CommonJS script, since Emscripten 3.1.6's
# own .mjs output is a factory that does not run main under Node).
function(beamline_wasm_cli target)
  set(node_fs ${CMAKE_SOURCE_DIR}/platform/node_fs_emscripten.js)
  target_link_options(${target} PRIVATE ${BEAMLINE_WASM_CLI_LINK_OPTIONS}
    "SHELL:--js-library ${node_fs}" -Wl,--wrap=__syscall_link)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${node_fs})
  set(wrapper ${CMAKE_BINARY_DIR}/${target}.mjs)
  file(WRITE ${wrapper}
    "// The beamline command line, WebAssembly build. Run with:\n"
    "//   node --no-experimental-fetch ${target}.mjs run [-pa DIR]... MODULE\n"
    "// (--no-experimental-fetch is optional: Emscripten 3.1.6 would try to fetch()\n"
    "// the .wasm file when fetch exists, which fails for file paths under Node.)\n"
    "Object.defineProperty(globalThis, 'fetch', {value: undefined, writable: true, configurable: true});\n"
    "import { createRequire } from 'node:module';\n"
    "createRequire(import.meta.url)('./${target}.js');\n")
endfunction()

# ==== The browser build (beamline_web) ===========================================
# A second link of the same runtime and command line (native/main.cc) for web
# pages, written to build/<preset>/web/ together with everything a page needs:
#   beamline_web.js           ES-module factory (MODULARIZE + EXPORT_ES6)
#   beamline_web.wasm         the VM (shared memory: pthreads are Web Workers)
#   beamline_web.worker.js    Emscripten's pthread worker
#   beamline_web.bundle       gzip archive of the library .beam files (OTP
#                             stdlib/kernel/compiler/erts, beamline's own
#                             modules, the Gleam standard library), unpacked
#                             into the in-memory file system at each run
#   beamline.js, beamline_host.js, beamline.d.ts   the JavaScript API (web/)
# See web/README.md. No NODERAWFS (the file system is MEMFS); main() runs on a
# pthread (PROXY_TO_PTHREAD) and the Emscripten "main thread" is a dedicated
# worker (beamline_host.js), so the page's own thread never runs VM code.
set(BEAMLINE_WEB_LINK_OPTIONS
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createBeamlineModule
  -sENVIRONMENT=web,worker
  -sPROXY_TO_PTHREAD=1
  -sEXIT_RUNTIME=1            # onExit fires; the run's workers are terminated
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=64MB
  -sTOTAL_STACK=8MB
  -sDEFAULT_PTHREAD_STACK_SIZE=8MB
  # Workers started with the instance, before main() (main's own thread, the
  # schedulers, one spare): beamline_host.js sets Module.beamlinePoolSize
  # (at least 1: Emscripten 3.1.6 waits for the pool to load).
  -sPTHREAD_POOL_SIZE=Module.beamlinePoolSize
  -sEXPORTED_RUNTIME_METHODS=FS
  -sEXPORTED_FUNCTIONS=_main,_beamline_web_stats,_beamline_web_halt,_malloc,_free
  -sDISABLE_EXCEPTION_CATCHING=0  # CLI11 in main.cc (see CMakeLists.txt)
  -Wno-pthreads-mem-growth)

# Defined once the whole top-level CMakeLists.txt has been read (deferred), so
# that the runtime, the library bundle and the Gleam targets exist.
function(beamline_web_define)
  set(web_out ${CMAKE_BINARY_DIR}/web)
  set(src ${CMAKE_SOURCE_DIR}/web)

  add_executable(beamline_web ${CMAKE_SOURCE_DIR}/native/main.cc
    ${CMAKE_SOURCE_DIR}/native/gleam_build.cc ${src}/api.cc)
  target_link_libraries(beamline_web PRIVATE beamline_runtime)
  # The library's place in the in-memory file system (beamline_host.js).
  target_compile_definitions(beamline_web PRIVATE BEAMLINE_LIB_DIR="/beamline/lib")
  target_link_options(beamline_web PRIVATE ${BEAMLINE_WEB_LINK_OPTIONS}
    "SHELL:--js-library ${src}/exit_emscripten.js")
  set_property(TARGET beamline_web APPEND PROPERTY LINK_DEPENDS ${src}/exit_emscripten.js)
  set_target_properties(beamline_web PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${web_out})

  # The library bundle: what build/<preset>/lib holds for the CLI, minus the
  # Gleam compiler and sources (not runnable in a page), plus the module that
  # runs vm.run() calls (web/beamline_web_run.erl).
  find_program(ESCRIPT_EXECUTABLE escript REQUIRED)
  set(web_erl_dir ${CMAKE_BINARY_DIR}/web-erl)
  set(bundle ${web_out}/beamline_web.bundle)
  set(specs beamline=${BEAMLINE_LIB_DIR}/beamline beamline=${web_erl_dir})
  foreach(app ${OTP_APPS})
    list(APPEND specs otp/${app}/ebin=${BEAMLINE_LIB_DIR}/otp/${app}/ebin)
  endforeach()
  set(bundle_deps ${BEAMLINE_ERL_BEAMS} ${OTP_STAMP})
  if(TARGET beamline_gleam_lib)
    foreach(pkg ${GLEAM_PACKAGES})
      list(APPEND specs gleam/${pkg}/ebin=${GLEAM_BUNDLE_DIR}/${pkg}/ebin)
    endforeach()
    list(APPEND bundle_deps ${GLEAM_BUNDLE_STAMP})
  else()
    message(WARNING "beamline_web: the bundle has no Gleam standard library (node, bash or erlc missing)")
  endif()
  add_custom_command(OUTPUT ${bundle}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${web_erl_dir}
    COMMAND ${ERLC_EXECUTABLE} +deterministic -o ${web_erl_dir} ${src}/beamline_web_run.erl
    COMMAND ${ESCRIPT_EXECUTABLE} ${src}/pack_bundle.escript ${bundle} ${specs}
    DEPENDS ${bundle_deps} ${src}/beamline_web_run.erl ${src}/pack_bundle.escript
    COMMENT "Packing the browser library bundle (beamline_web.bundle)"
    VERBATIM)

  set(api_files)
  foreach(f beamline.js beamline_host.js beamline.d.ts)
    add_custom_command(OUTPUT ${web_out}/${f}
      COMMAND ${CMAKE_COMMAND} -E copy ${src}/${f} ${web_out}/${f}
      DEPENDS ${src}/${f}
      VERBATIM)
    list(APPEND api_files ${web_out}/${f})
  endforeach()

  add_custom_target(beamline_web_files ALL DEPENDS ${bundle} ${api_files})
  add_dependencies(beamline_web_files beamline_erlang_lib)
  if(TARGET beamline_gleam_lib)
    add_dependencies(beamline_web_files beamline_gleam_lib)
  endif()
  add_dependencies(beamline_web beamline_web_files)
endfunction()
cmake_language(DEFER CALL beamline_web_define)
