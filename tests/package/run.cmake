# Installs the built solieu into a scratch prefix and uses it as a consumer
# would: the CMake package (tests/package, find_package(solieu) +
# solieu::solieu, configured, built and run) and solieu.pc (pkg-config).
#
#   cmake -DSOLIEU_BINARY_DIR=<build> -DCONSUMER_SOURCE_DIR=<tests/package>
#         -DWORK_DIR=<scratch> -DLIBDIR=<lib> [-DCHECK=consumer|default_standard|pc_prefix]
#         [-DKNOWN_BUG=<text>] -P run.cmake
#
# CHECK=consumer (default): install, configure with C++20, build, run, and
#   `pkg-config --cflags --libs solieu` succeeds.
# CHECK=default_standard: the consumer builds without choosing a C++ standard
#   (the package should carry the C++20 its header needs).
# CHECK=pc_prefix: solieu.pc points at the prefix it was installed to.
# CHECK=pc_link: main.cc compiles, links and runs with nothing but
#   `pkg-config --cflags --libs solieu` (prefix overridden, so that this checks
#   the link line alone).
# KNOWN_BUG set: the check is skipped, printing "SKIPPED: bug: <text>" (the
#   test's SKIP_REGULAR_EXPRESSION), like GTEST_SKIP() in the C++ tests.

if(DEFINED KNOWN_BUG AND NOT KNOWN_BUG STREQUAL "")
  message("SKIPPED: bug: ${KNOWN_BUG}")
  return()
endif()
foreach(var SOLIEU_BINARY_DIR CONSUMER_SOURCE_DIR WORK_DIR LIBDIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run.cmake: -D${var}=... is required")
  endif()
endforeach()
if(NOT DEFINED CHECK)
  set(CHECK consumer)
endif()

set(prefix "${WORK_DIR}/prefix")
set(build "${WORK_DIR}/build")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${step} failed (${rc}):\n${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${step}: ok")
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

# 1. Install the already-built project.
run("install" "${CMAKE_COMMAND}" --install "${SOLIEU_BINARY_DIR}" --prefix "${prefix}")
foreach(file include/solieu/solieu.h ${LIBDIR}/cmake/solieu/solieuConfig.cmake
             ${LIBDIR}/cmake/solieu/solieuConfigVersion.cmake ${LIBDIR}/pkgconfig/solieu.pc)
  if(NOT EXISTS "${prefix}/${file}")
    message(FATAL_ERROR "install: ${prefix}/${file} missing")
  endif()
endforeach()

if(CHECK STREQUAL "consumer" OR CHECK STREQUAL "default_standard")
  # 2. Configure the consumer against the prefix, 3. build it, 4. run it.
  set(configure_args -S "${CONSUMER_SOURCE_DIR}" -B "${build}" "-DCMAKE_PREFIX_PATH=${prefix}")
  if(DEFINED GENERATOR)
    list(APPEND configure_args -G "${GENERATOR}")
  endif()
  foreach(var CMAKE_CXX_COMPILER CMAKE_BUILD_TYPE CMAKE_CXX_FLAGS CMAKE_EXE_LINKER_FLAGS)
    if(DEFINED ${var} AND NOT "${${var}}" STREQUAL "")
      list(APPEND configure_args "-D${var}=${${var}}")
    endif()
  endforeach()
  if(CHECK STREQUAL "consumer")
    # A consumer that chooses C++20 itself (see CHECK=default_standard).
    list(APPEND configure_args -DCMAKE_CXX_STANDARD=20)
  endif()
  run("configure consumer" "${CMAKE_COMMAND}" ${configure_args})
  run("build consumer" "${CMAKE_COMMAND}" --build "${build}")
  find_program(consumer solieu_package_consumer PATHS "${build}" "${build}/Debug" "${build}/Release"
               NO_DEFAULT_PATH NO_CACHE)
  if(NOT consumer)
    message(FATAL_ERROR "build consumer: no solieu_package_consumer in ${build}")
  endif()
  run("run consumer" "${consumer}")
  message(STATUS "${last_output}")
endif()

if(CHECK STREQUAL "consumer" OR CHECK STREQUAL "pc_prefix")
  find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED NO_CACHE)
  set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
  run("pkg-config" "${PKG_CONFIG}" --cflags --libs solieu)
  string(STRIP "${last_output}" flags)
  message(STATUS "pkg-config --cflags --libs solieu: ${flags}")
  string(FIND "${flags}" "-lsolieu" lsolieu_at)
  if(lsolieu_at EQUAL -1)
    message(FATAL_ERROR "pkg-config: no -lsolieu in '${flags}'")
  endif()
  if(CHECK STREQUAL "pc_prefix")
    # The -I and -L paths, resolved ("prefix/lib/pkgconfig/../../include" is fine).
    separate_arguments(words UNIX_COMMAND "${flags}")
    get_filename_component(real_prefix "${prefix}" REALPATH)
    set(include_ok FALSE)
    set(lib_ok FALSE)
    foreach(word IN LISTS words)
      if(word MATCHES "^-I(.*)$")
        get_filename_component(dir "${CMAKE_MATCH_1}" REALPATH)
        if(dir STREQUAL "${real_prefix}/include")
          set(include_ok TRUE)
        endif()
      elseif(word MATCHES "^-L(.*)$")
        get_filename_component(dir "${CMAKE_MATCH_1}" REALPATH)
        if(dir STREQUAL "${real_prefix}/${LIBDIR}")
          set(lib_ok TRUE)
        endif()
      endif()
    endforeach()
    if(NOT include_ok OR NOT lib_ok)
      message(FATAL_ERROR "pkg-config: '${flags}' does not point into ${prefix}")
    endif()
  endif()
endif()

if(CHECK STREQUAL "pc_link")
  find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED NO_CACHE)
  set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
  run("pkg-config" "${PKG_CONFIG}" "--define-variable=prefix=${prefix}" --cflags --libs solieu)
  string(STRIP "${last_output}" flags)
  separate_arguments(flags UNIX_COMMAND "${flags}")
  if(NOT DEFINED CMAKE_CXX_COMPILER OR CMAKE_CXX_COMPILER STREQUAL "")
    set(CMAKE_CXX_COMPILER c++)
  endif()
  separate_arguments(extra UNIX_COMMAND "${CMAKE_CXX_FLAGS} ${CMAKE_EXE_LINKER_FLAGS}")
  run("compile with pkg-config flags" "${CMAKE_CXX_COMPILER}" -std=c++20 ${extra}
      "${CONSUMER_SOURCE_DIR}/main.cc" ${flags} -o "${WORK_DIR}/consumer_pc")
  run("run consumer" "${WORK_DIR}/consumer_pc")
endif()
