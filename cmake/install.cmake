# What `cmake --install` puts where, and the Debian package built from it
# with `cpack -G DEB` (installing under /usr).
set(BR_CATALOG_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/backroutine/catalog)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/catalog/ DESTINATION ${BR_CATALOG_INSTALL_DIR}
        FILES_MATCHING PATTERN "*.yaml")
install(FILES ${PROJECT_SOURCE_DIR}/completions/backroutine.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME backroutine)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_backroutine
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/backroutine.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/catalog-format.md
              ${PROJECT_SOURCE_DIR}/docs/user-guide.md ${PROJECT_SOURCE_DIR}/docs/performance.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The systemd user units, with the path of the binary where this install puts
# it (decided at install time, so the package's say /usr/bin), into the user
# unit directory under the prefix (/usr/lib/systemd/user for the package).
install(CODE "
  set(BR_BINARY_PATH \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/backroutine\")
  foreach(unit backroutine-remind.service backroutine-remind-once.service)
    configure_file(\"${PROJECT_SOURCE_DIR}/docs/systemd/\${unit}.in\" \"${PROJECT_BINARY_DIR}/systemd/\${unit}\" @ONLY)
  endforeach()
  file(INSTALL \"${PROJECT_BINARY_DIR}/systemd/backroutine-remind.service\"
               \"${PROJECT_BINARY_DIR}/systemd/backroutine-remind-once.service\"
               \"${PROJECT_SOURCE_DIR}/docs/systemd/backroutine-remind.timer\"
       DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/systemd/user\")
")

# The man page, written in Markdown and built with pandoc.
find_program(BR_PANDOC pandoc)
if(BR_PANDOC)
  set(br_man ${PROJECT_BINARY_DIR}/backroutine.1)
  add_custom_command(
    OUTPUT ${br_man}
    COMMAND ${BR_PANDOC} --standalone --from markdown-smart --to man ${PROJECT_SOURCE_DIR}/docs/backroutine.1.md
            --output ${br_man}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/backroutine.1.md
    COMMENT "Building the man page with pandoc"
    VERBATIM)
  add_custom_target(man ALL DEPENDS ${br_man})
  # Built with the program, so that `cmake --install` works after building
  # only the `backroutine` target (as scripts/quickstart.sh does).
  add_dependencies(backroutine man)
  install(FILES ${br_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "pandoc not found: the man page is not built (scripts/install-deps.sh --test installs it)")
endif()

set(CPACK_PACKAGE_NAME backroutine)
set(CPACK_PACKAGE_VENDOR "the backroutine project")
set(CPACK_PACKAGE_CONTACT "the backroutine project <backroutine@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "routine builder and timer for upper-back pain")
set(CPACK_PACKAGE_DESCRIPTION
    "Builds stretching, mobility and strengthening routines for pain between the shoulder blades, walks you through them with a terminal countdown, bell and optional voice, prints routine sheets, keeps a history and reminds you to take desk breaks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Binaries in a package are stripped, as Debian policy asks (the debug build's
# symbols would make it ten times the size).
set(CPACK_STRIP_FILES ON)
# sd-bus is loaded at run time (idle time); every Debian system has it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsystemd0")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "espeak-ng, libnotify-bin")
# libXss (idle time on X11) is loaded at run time when present: suggested, never required.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "${CPACK_DEBIAN_PACKAGE_SUGGESTS}, libxss1, libwayland-client0")
include(CPack)
