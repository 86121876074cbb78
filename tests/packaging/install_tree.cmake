# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a scratch prefix, move the tree, and check the moved tree: the layout
# resolveDataDir() expects, the desktop files, and that the installed pare-cli runs and prints
# the project version.
#   cmake -DBUILD_DIR=… -DWORK_DIR=… -DVERSION=… -DGUI=ON|OFF -P install_tree.cmake
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/first
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed (${rc}): ${err}")
endif()
# Relocatable: nothing in the tree may depend on where it was installed.
file(RENAME ${WORK_DIR}/first ${WORK_DIR}/moved)
set(prefix ${WORK_DIR}/moved)

set(expected
    bin/pare-cli
    share/pare/demo
    share/pare/icons/pare.svg
    share/applications/io.github.pare.Pare.desktop
    share/metainfo/io.github.pare.Pare.metainfo.xml
    share/mime/packages/io.github.pare.Pare.xml
    share/icons/hicolor/scalable/apps/io.github.pare.Pare.svg)
foreach(size 16 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/io.github.pare.Pare.png)
endforeach()
if(GUI)
    list(APPEND expected bin/pare)
endif()
foreach(path ${expected})
    if(NOT EXISTS ${prefix}/${path})
        message(FATAL_ERROR "installed tree lacks ${path} (under ${prefix})")
    endif()
endforeach()

# The programs use the translations embedded in pare_i18n; a loose copy would only go stale.
file(GLOB_RECURSE loose_qm ${prefix}/*.qm)
if(loose_qm OR EXISTS ${prefix}/share/pare/translations)
    message(FATAL_ERROR "installed tree holds .qm files the programs never read: ${loose_qm}")
endif()

file(READ ${prefix}/share/metainfo/io.github.pare.Pare.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "metainfo.xml: no <release version=\"${VERSION}\">")
endif()

execute_process(COMMAND ${prefix}/bin/pare-cli --version RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${VERSION}")
    message(FATAL_ERROR "moved pare-cli --version: exit ${rc}, printed '${out}${err}', "
                        "expected ${VERSION}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
message(STATUS "installed tree OK: ${VERSION}")
