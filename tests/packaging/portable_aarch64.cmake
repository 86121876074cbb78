# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file of Pare's that holds x86-64 vector code (intrinsics, target attributes or
# CPU feature tests) must still compile elsewhere: Apple silicon and aarch64 Linux build the
# portable loops alone. Each such file is compiled for aarch64, syntax only, warnings as errors,
# with the flags of its own entry in the build's compile_commands.json (the host's Qt and Eigen
# headers stand in for the target's).
#
#   cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<source> -DCXX=<aarch64 g++> -P portable_aarch64.cmake
cmake_minimum_required(VERSION 3.25)

file(READ "${BUILD_DIR}/compile_commands.json" db)
string(JSON entries LENGTH "${db}")
math(EXPR last "${entries} - 1")

set(checked 0)
set(failed "")
foreach(i RANGE ${last})
    # Each GET parses the whole database: the rest only for the few entries that qualify.
    string(JSON file GET "${db}" ${i} file)
    if(NOT file MATCHES "^${SOURCE_DIR}/(core|app|ui)/" OR file MATCHES "_autogen/")
        continue()
    endif()
    file(READ "${file}" text)
    if(NOT text MATCHES "immintrin|cpuid\\.h|__attribute__\\(\\(target|target_clones|__builtin_cpu_supports")
        continue()
    endif()
    string(JSON dir GET "${db}" ${i} directory)
    string(JSON command GET "${db}" ${i} command)
    separate_arguments(args UNIX_COMMAND "${command}")
    list(POP_FRONT args) # the host compiler
    set(flags "")
    set(skip FALSE)
    foreach(a IN LISTS args)
        if(skip)
            set(skip FALSE)
        elseif(a STREQUAL "-o" OR a STREQUAL "-MF" OR a STREQUAL "-MT")
            set(skip TRUE)
        elseif(a STREQUAL "-include")
            # The host's precompiled header (the source includes what it needs itself).
            set(skip TRUE)
        elseif(a STREQUAL "-c" OR a STREQUAL "-MD" OR a MATCHES "^-m" OR a MATCHES "^-fsanitize"
               OR a STREQUAL "-Winvalid-pch")
        else()
            list(APPEND flags "${a}")
        endif()
    endforeach()
    execute_process(COMMAND "${CXX}" ${flags} -fsyntax-only -Werror
                    WORKING_DIRECTORY "${dir}" RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
    math(EXPR checked "${checked} + 1")
    if(NOT rc EQUAL 0)
        string(REPLACE "${SOURCE_DIR}/" "" name "${file}")
        list(APPEND failed "${name}")
        message("${name} does not compile for aarch64:\n${err}")
    endif()
endforeach()

if(checked EQUAL 0)
    message(FATAL_ERROR "no file with x86 vector code found in ${BUILD_DIR}/compile_commands.json")
endif()
if(failed)
    list(LENGTH failed n)
    message(FATAL_ERROR "${n} of ${checked} files with x86 vector code do not compile for aarch64: ${failed}")
endif()
message("all ${checked} files with x86 vector code compile for aarch64")
