# loopwise_core: the Qt types QML binds to (models/) and the Loopwise QML module (qml/).
# Included from the top-level CMakeLists.txt so that qml/ keeps its place beside models/.
set(CMAKE_AUTOMOC ON)

qt_add_library(loopwise_core STATIC)
set_target_properties(loopwise_core PROPERTIES AUTOMOC ON)
target_compile_definitions(loopwise_core PUBLIC
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
target_include_directories(loopwise_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/models
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/common ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/network
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/learning ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/prompts
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/assumptions)
target_link_libraries(loopwise_core PUBLIC
  Qt6::Core Qt6::Concurrent Qt6::Gui Qt6::Widgets Qt6::Network Qt6::Qml Qt6::Quick Qt6::QuickControls2 Qt6::Charts
  loopwise_store engine)

file(GLOB LOOPWISE_CORE_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/models/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/models/*.h
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/*/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/*/*.h)
file(GLOB_RECURSE LOOPWISE_QML_FILES RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/qml/*.qml)
file(GLOB_RECURSE LOOPWISE_CONTENT_FILES RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/resources/content/*.json)

# Theme.qml is a singleton: qmldir must say so.
set_source_files_properties(qml/Theme.qml qml/Navigation.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)

qt_add_qml_module(loopwise_core
  URI Loopwise
  VERSION 1.0
  OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/Loopwise
  SOURCES ${LOOPWISE_CORE_SOURCES}
  QML_FILES ${LOOPWISE_QML_FILES}
)

# qmlcachegen's C++ for each QML file declares names that shadow its own parameters: keep
# -Wshadow (an error in CI) for the project's code and off for that generated code.
if(NOT MSVC)
  foreach(qml_file ${LOOPWISE_QML_FILES})
    string(REGEX REPLACE "^qml/(.*)\\.qml$" "\\1_qml.cpp" cached ${qml_file})
    list(APPEND LOOPWISE_QMLCACHE_SOURCES ${CMAKE_CURRENT_BINARY_DIR}/.rcc/qmlcache/loopwise_core_qml/${cached})
  endforeach()
  set_source_files_properties(${LOOPWISE_QMLCACHE_SOURCES} PROPERTIES COMPILE_OPTIONS -Wno-shadow)
endif()

# The shipped content pack, readable at :/content/<locale>/...
qt_add_resources(loopwise_core loopwise_content
  PREFIX /content
  BASE resources/content
  FILES ${LOOPWISE_CONTENT_FILES}
)

# The store's messages reach the learner too.
file(GLOB LOOPWISE_STORE_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/models/store/*.cpp)
list(TRANSFORM LOOPWISE_QML_FILES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE LOOPWISE_QML_PATHS)
# UI translations, embedded under :/i18n as loopwise_<lang>.qm.
qt_add_translations(loopwise_core
  TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_de.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_en.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_es.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_fr.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_ar.ts
  SOURCES ${LOOPWISE_CORE_SOURCES} ${LOOPWISE_STORE_SOURCES} ${LOOPWISE_QML_PATHS}
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -no-obsolete
)
