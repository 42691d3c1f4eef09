# Installing and packaging Loopwise with CPack: a .deb on Linux, an NSIS installer on Windows,
# a DragNDrop disk image on macOS. What the three share (names, id, version, icon, licence,
# homepage) is set here once; the desktop entry and the AppStream file take it from here too.
# Included from the top-level CMakeLists.txt after app/.
include(GNUInstallDirs)

set(LOOPWISE_APP_ID org.loopwise.Loopwise)
set(LOOPWISE_DISPLAY_NAME Loopwise)
set(LOOPWISE_EXECUTABLE loopwise)
set(LOOPWISE_SUMMARY "Learn how models learn and try every idea in labs")
set(LOOPWISE_SUMMARY_DE "Lernen, wie Modelle lernen, und jede Idee in Laboren ausprobieren")
set(LOOPWISE_HOMEPAGE https://loopwise.app)
set(LOOPWISE_DEVELOPER "The Loopwise team")
set(LOOPWISE_MAINTAINER "The Loopwise team <packages@loopwise.app>")
# Loopwise has no licence file yet: until one is chosen, the package says "all rights reserved".
set(LOOPWISE_LICENSE LicenseRef-proprietary)
set(LOOPWISE_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/loopwise.svg)
# The one component the packages hold (the engine's loopwise-train stays out of them).
set(LOOPWISE_COMPONENT loopwise)

set(packaging_source ${CMAKE_CURRENT_LIST_DIR})
set(packaging_build ${CMAKE_BINARY_DIR}/packaging)

target_compile_definitions(loopwise PRIVATE LOOPWISE_APP_ID="${LOOPWISE_APP_ID}")
install(TARGETS loopwise
  BUNDLE DESTINATION . COMPONENT ${LOOPWISE_COMPONENT}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${LOOPWISE_COMPONENT})

set(CPACK_PACKAGE_NAME loopwise)
set(CPACK_PACKAGE_VENDOR ${LOOPWISE_DEVELOPER})
set(CPACK_PACKAGE_CONTACT ${LOOPWISE_MAINTAINER})
set(CPACK_PACKAGE_HOMEPAGE_URL ${LOOPWISE_HOMEPAGE})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${LOOPWISE_SUMMARY})
# Lines of at most 80 characters, as a Debian description wants them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Loopwise teaches the module on models, parameters and training dynamics of"
  "the course AI Intermediate and lets learners try every idea of it in labs:"
  "build a neural network, see how models learn, check the assumptions. It works"
  "offline, in English and German, and keeps every learner's progress and notes"
  "safe on the device.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ${LOOPWISE_DISPLAY_NAME})
set(CPACK_PACKAGE_EXECUTABLES ${LOOPWISE_EXECUTABLE} ${LOOPWISE_DISPLAY_NAME})
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};${LOOPWISE_COMPONENT};/")

if(WIN32 OR APPLE)
  get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
  get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
endif()

if(WIN32)
  # NSIS installer: the app and the Qt it needs (windeployqt copies Qt's DLLs, plugins and the
  # QML modules the files in qml/ import into the staged bin folder).
  set(CPACK_GENERATOR NSIS)
  find_program(LOOPWISE_WINDEPLOYQT windeployqt HINTS "${qt_bin_dir}" REQUIRED)
  install(CODE "execute_process(COMMAND \"${LOOPWISE_WINDEPLOYQT}\" --release --qmldir \"${PROJECT_SOURCE_DIR}/qml\"
                  \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${LOOPWISE_EXECUTABLE}.exe\"
                  COMMAND_ERROR_IS_FATAL ANY)"
          COMPONENT ${LOOPWISE_COMPONENT})
  set(CPACK_NSIS_DISPLAY_NAME ${LOOPWISE_DISPLAY_NAME})
  set(CPACK_NSIS_PACKAGE_NAME ${LOOPWISE_DISPLAY_NAME})
  set(CPACK_NSIS_URL_INFO_ABOUT ${LOOPWISE_HOMEPAGE})
  set(CPACK_NSIS_CONTACT ${LOOPWISE_MAINTAINER})
  set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\${LOOPWISE_EXECUTABLE}.exe")
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
  set(CPACK_NSIS_MUI_FINISHPAGE_RUN ${LOOPWISE_EXECUTABLE}.exe)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
  # Disk image with Loopwise.app: macdeployqt puts Qt's frameworks, plugins and QML modules
  # into the staged bundle.
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME ${LOOPWISE_DISPLAY_NAME})
  set_target_properties(loopwise PROPERTIES
    MACOSX_BUNDLE_BUNDLE_NAME ${LOOPWISE_DISPLAY_NAME}
    MACOSX_BUNDLE_GUI_IDENTIFIER ${LOOPWISE_APP_ID}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
  find_program(LOOPWISE_MACDEPLOYQT macdeployqt HINTS "${qt_bin_dir}" REQUIRED)
  install(CODE "execute_process(COMMAND \"${LOOPWISE_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/${LOOPWISE_EXECUTABLE}.app\"
                  \"-qmldir=${PROJECT_SOURCE_DIR}/qml\" -always-overwrite COMMAND_ERROR_IS_FATAL ANY)"
          COMPONENT ${LOOPWISE_COMPONENT})
else()
  include(${packaging_source}/DesktopFiles.cmake)
  # The .deb depends on Debian's Qt and fonts (dpkg-shlibdeps finds the libraries; the QML
  # modules, the SQLite driver and the fonts are loaded at run time, so they are named here).
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION education)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_STRIP_FILES ON)
  string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
    qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-shapes
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel qml6-module-qtcharts qml6-module-qtcore
    libqt6sql6-sqlite fonts-dejavu-core)
  # Arabic drawn by a typeface made for it (Theme picks Noto Sans Arabic when it is there).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-core")
endif()

include(CPack)
