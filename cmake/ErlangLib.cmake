# Packs the Erlang side of beamline into ${BEAMLINE_LIB_DIR}:
#  - our own Erlang modules (erlang_src/*.erl), compiled with erlc;
#  - the OTP library .beam files beamline loads on demand (stdlib, kernel,
#    compiler), copied from the build machine's Erlang install so that the
#    result runs where no Erlang is installed.
find_program(ERLC_EXECUTABLE erlc REQUIRED)
set(BEAMLINE_LIB_DIR ${CMAKE_BINARY_DIR}/lib)
set(OTP_ROOT "/usr/lib/erlang" CACHE PATH "Erlang/OTP install to take library .beam files from")

file(GLOB BEAMLINE_ERL_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/erlang_src/*.erl)
set(BEAMLINE_ERL_BEAMS)
foreach(src ${BEAMLINE_ERL_SOURCES})
  get_filename_component(mod ${src} NAME_WE)
  set(out ${BEAMLINE_LIB_DIR}/beamline/${mod}.beam)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${BEAMLINE_LIB_DIR}/beamline
    COMMAND ${ERLC_EXECUTABLE} -o ${BEAMLINE_LIB_DIR}/beamline ${src}
    DEPENDS ${src}
    COMMENT "erlc ${mod}.erl")
  list(APPEND BEAMLINE_ERL_BEAMS ${out})
endforeach()

set(OTP_APPS stdlib kernel compiler erts)
set(OTP_STAMP ${BEAMLINE_LIB_DIR}/otp.stamp)
set(OTP_COPY_COMMANDS)
foreach(app ${OTP_APPS})
  file(GLOB app_dir LIST_DIRECTORIES true ${OTP_ROOT}/lib/${app}-*)
  if(NOT app_dir)
    message(FATAL_ERROR "OTP application ${app} not found under ${OTP_ROOT}/lib (install erlang-nox)")
  endif()
  list(APPEND OTP_COPY_COMMANDS
    COMMAND ${CMAKE_COMMAND} -E copy_directory ${app_dir}/ebin ${BEAMLINE_LIB_DIR}/otp/${app}/ebin)
endforeach()
add_custom_command(OUTPUT ${OTP_STAMP}
  ${OTP_COPY_COMMANDS}
  COMMAND ${CMAKE_COMMAND} -E touch ${OTP_STAMP}
  COMMENT "Packing OTP library modules from ${OTP_ROOT}")

add_custom_target(beamline_erlang_lib ALL DEPENDS ${BEAMLINE_ERL_BEAMS} ${OTP_STAMP})
