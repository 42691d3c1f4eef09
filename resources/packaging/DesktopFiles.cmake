# What a Linux desktop needs besides the binary: the desktop entry, the AppStream metainfo,
# the icon in the hicolor theme (the SVG and PNGs made from it) and the man page (made by the
# built app from its option table). Included from Packaging.cmake, which sets the names.

# The metainfo's newest release must be this version (the history of releases is kept there).
file(READ ${packaging_source}/loopwise.metainfo.xml.in metainfo_template)
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest_release "${metainfo_template}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "resources/packaging/loopwise.metainfo.xml.in: add a <release> for version "
                      "${PROJECT_VERSION} at the top of <releases> (the newest there is ${CMAKE_MATCH_1})")
endif()

configure_file(${packaging_source}/loopwise.desktop.in ${packaging_build}/${LOOPWISE_APP_ID}.desktop @ONLY)
configure_file(${packaging_source}/loopwise.metainfo.xml.in ${packaging_build}/${LOOPWISE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${packaging_build}/${LOOPWISE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT ${LOOPWISE_COMPONENT})
install(FILES ${packaging_build}/${LOOPWISE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT ${LOOPWISE_COMPONENT})

install(FILES ${LOOPWISE_ICON_SVG} RENAME ${LOOPWISE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT ${LOOPWISE_COMPONENT})
find_program(LOOPWISE_RSVG_CONVERT rsvg-convert)
if(LOOPWISE_RSVG_CONVERT)
  set(icon_pngs)
  foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${packaging_build}/icons/${size}x${size}/${LOOPWISE_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_build}/icons/${size}x${size}
      COMMAND ${LOOPWISE_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${LOOPWISE_ICON_SVG}
      DEPENDS ${LOOPWISE_ICON_SVG}
      COMMENT "Icon ${size}x${size}"
      VERBATIM)
    list(APPEND icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            COMPONENT ${LOOPWISE_COMPONENT})
  endforeach()
  add_custom_target(loopwise_icons ALL DEPENDS ${icon_pngs})
else()
  message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the package gets the SVG icon only, "
                  "no PNG sizes")
endif()

find_program(LOOPWISE_GZIP gzip REQUIRED)
set(man_page ${packaging_build}/loopwise.1)
add_custom_command(OUTPUT ${man_page} ${man_page}.gz
  COMMAND ${CMAKE_COMMAND} -DAPP=$<TARGET_FILE:loopwise> -DOUTPUT=${man_page} -DGZIP=${LOOPWISE_GZIP}
          -P ${packaging_source}/WriteManPage.cmake
  DEPENDS loopwise ${packaging_source}/WriteManPage.cmake
  COMMENT "Man page loopwise.1 from loopwise --help-man"
  VERBATIM)
add_custom_target(loopwise_man_page ALL DEPENDS ${man_page} ${man_page}.gz)
install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${LOOPWISE_COMPONENT})
