# SPDX-License-Identifier: GPL-3.0-or-later
# Per-generator settings, read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "TGZ" OR CPACK_GENERATOR STREQUAL "ZIP")
    # The archive is a relocatable tree (bin/, share/) to unpack anywhere, not a /usr image.
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
