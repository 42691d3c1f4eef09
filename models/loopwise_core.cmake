# loopwise_core: the Qt types QML binds to (models/) and the Loopwise QML module (qml/).
# Included from the top-level CMakeLists.txt so that qml/ keeps its place beside models/.
qt_add_library(loopwise_core STATIC)
set_target_properties(loopwise_core PROPERTIES AUTOMOC ON)
target_compile_definitions(loopwise_core PUBLIC
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_FOREACH)
target_include_directories(loopwise_core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/models
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/common ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/network
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/learning ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/prompts
  ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/assumptions ${CMAKE_CURRENT_SOURCE_DIR}/models/labs/experts)
target_link_libraries(loopwise_core PUBLIC
  Qt6::Core Qt6::Concurrent Qt6::Gui Qt6::Widgets Qt6::Network Qt6::Qml Qt6::Quick Qt6::QuickControls2 Qt6::Charts
  loopwise_store engine)

# Every source and QML file by name: a new file is added here (a glob would build a stray file
# and hide a missing one). Paths are relative to the source root; the QML module wants its
# files relative.
set(LOOPWISE_CORE_SOURCES
  models/ColourContrast.cpp
  models/ColourContrast.h
  models/ContentReader.cpp
  models/ContentReader.h
  models/ContentTypes.h
  models/CourseController.cpp
  models/CourseController.h
  models/CourseRepository.cpp
  models/CourseRepository.h
  models/Figures.cpp
  models/Figures.h
  models/GlossaryModel.cpp
  models/GlossaryModel.h
  models/InlineMarkup.cpp
  models/InlineMarkup.h
  models/LanguageCatalog.cpp
  models/LanguageCatalog.h
  models/ModuleModel.cpp
  models/ModuleModel.h
  models/NoteEditor.cpp
  models/NoteEditor.h
  models/NumberInput.cpp
  models/NumberInput.h
  models/OfflineNetwork.cpp
  models/OfflineNetwork.h
  models/OutlineModel.cpp
  models/OutlineModel.h
  models/PackCompleteness.cpp
  models/PackCompleteness.h
  models/Preferences.cpp
  models/Preferences.h
  models/Progress.cpp
  models/Progress.h
  models/QmlModules.cpp
  models/QmlModules.h
  models/QuizModel.cpp
  models/QuizModel.h
  models/RenderingChoice.cpp
  models/RenderingChoice.h
  models/Routes.cpp
  models/Routes.h
  models/School.cpp
  models/School.h
  models/SchoolPolicy.cpp
  models/SchoolPolicy.h
  models/SearchText.cpp
  models/SearchText.h
  models/Shortcuts.cpp
  models/Shortcuts.h
  models/StartupOptions.cpp
  models/StartupOptions.h
  models/TrainingLoopModel.cpp
  models/TrainingLoopModel.h
  models/UiScale.cpp
  models/UiScale.h
  models/labs/assumptions/AssumptionsController.cpp
  models/labs/assumptions/AssumptionsController.h
  models/labs/assumptions/AssumptionsExplanations.cpp
  models/labs/assumptions/AssumptionsExplanations.h
  models/labs/assumptions/AssumptionsLabSettings.cpp
  models/labs/assumptions/AssumptionsLabSettings.h
  models/labs/assumptions/AssumptionsQuestions.cpp
  models/labs/assumptions/AssumptionsWorker.cpp
  models/labs/assumptions/AssumptionsWorker.h
  models/labs/assumptions/CostLab.cpp
  models/labs/assumptions/CostLab.h
  models/labs/assumptions/CostWorker.cpp
  models/labs/assumptions/CostWorker.h
  models/labs/assumptions/ShortcutLab.cpp
  models/labs/assumptions/ShortcutLab.h
  models/labs/assumptions/ShortcutWorker.cpp
  models/labs/assumptions/ShortcutWorker.h
  models/labs/assumptions/SteppedWorker.h
  models/labs/assumptions/ValidationLab.cpp
  models/labs/assumptions/ValidationLab.h
  models/labs/assumptions/ValidationWorker.cpp
  models/labs/assumptions/ValidationWorker.h
  models/labs/common/EngineErrorText.cpp
  models/labs/common/EngineErrorText.h
  models/labs/common/HeatmapView.cpp
  models/labs/common/HeatmapView.h
  models/labs/common/LabColours.cpp
  models/labs/common/LabColours.h
  models/labs/common/LabController.cpp
  models/labs/common/LabController.h
  models/labs/common/LabEvidence.cpp
  models/labs/common/LabEvidence.h
  models/labs/common/LabSpeed.cpp
  models/labs/common/LabSpeed.h
  models/labs/common/LabWorker.cpp
  models/labs/common/LabWorker.h
  models/labs/common/Labs.cpp
  models/labs/common/Labs.h
  models/labs/common/LinkReader.cpp
  models/labs/common/LinkReader.h
  models/labs/common/LossHistoryModel.cpp
  models/labs/common/LossHistoryModel.h
  models/labs/common/LossSeries.cpp
  models/labs/common/LossSeries.h
  models/labs/common/PacedLab.cpp
  models/labs/common/PacedLab.h
  models/labs/common/SavedRunsModel.cpp
  models/labs/common/SavedRunsModel.h
  models/labs/experts/ExpertsExplanations.cpp
  models/labs/experts/ExpertsExplanations.h
  models/labs/experts/ExpertsLab.cpp
  models/labs/experts/ExpertsLab.h
  models/labs/experts/ExpertsLabSettings.cpp
  models/labs/experts/ExpertsLabSettings.h
  models/labs/experts/ExpertsPicture.cpp
  models/labs/experts/ExpertsPicture.h
  models/labs/experts/ExpertsWorker.cpp
  models/labs/experts/ExpertsWorker.h
  models/labs/learning/LearningEvidence.cpp
  models/labs/learning/LearningExplanations.cpp
  models/labs/learning/LearningExplanations.h
  models/labs/learning/LearningLab.cpp
  models/labs/learning/LearningLab.h
  models/labs/learning/LearningLabSettings.cpp
  models/labs/learning/LearningLabSettings.h
  models/labs/learning/LearningPlot.cpp
  models/labs/learning/LearningPlot.h
  models/labs/learning/LearningWorker.cpp
  models/labs/learning/LearningWorker.h
  models/labs/network/NetworkDiagnosis.cpp
  models/labs/network/NetworkDiagnosis.h
  models/labs/network/NetworkEvidence.cpp
  models/labs/network/NetworkExplanations.cpp
  models/labs/network/NetworkExplanations.h
  models/labs/network/NetworkLab.cpp
  models/labs/network/NetworkLab.h
  models/labs/network/NetworkLabPoints.cpp
  models/labs/network/NetworkLabSetters.cpp
  models/labs/network/NetworkLabSettings.cpp
  models/labs/network/NetworkLabSettings.h
  models/labs/network/NetworkPointsFile.cpp
  models/labs/network/NetworkPointsFile.h
  models/labs/network/NetworkPointsModel.cpp
  models/labs/network/NetworkPointsModel.h
  models/labs/network/NetworkView.cpp
  models/labs/network/NetworkView.h
  models/labs/network/NetworkWorker.cpp
  models/labs/network/NetworkWorker.h
  models/labs/prompts/Generation.cpp
  models/labs/prompts/Generation.h
  models/labs/prompts/GenerationResult.cpp
  models/labs/prompts/GenerationResult.h
  models/labs/prompts/LocalModelFinder.cpp
  models/labs/prompts/LocalModelFinder.h
  models/labs/prompts/ModelList.cpp
  models/labs/prompts/ModelList.h
  models/labs/prompts/ModelServer.cpp
  models/labs/prompts/ModelServer.h
  models/labs/prompts/ModelServerSettings.cpp
  models/labs/prompts/ModelServerSettings.h
  models/labs/prompts/PromptCaseRowsModel.cpp
  models/labs/prompts/PromptCaseRowsModel.h
  models/labs/prompts/PromptCasesFile.cpp
  models/labs/prompts/PromptCasesFile.h
  models/labs/prompts/PromptCasesModel.cpp
  models/labs/prompts/PromptCasesModel.h
  models/labs/prompts/PromptComparisonExport.cpp
  models/labs/prompts/PromptComparisonExport.h
  models/labs/prompts/PromptComparisonModel.cpp
  models/labs/prompts/PromptComparisonModel.h
  models/labs/prompts/PromptContent.cpp
  models/labs/prompts/PromptContent.h
  models/labs/prompts/PromptHighlighter.cpp
  models/labs/prompts/PromptHighlighter.h
  models/labs/prompts/PromptRunExport.cpp
  models/labs/prompts/PromptRunExport.h
  models/labs/prompts/PromptRunLab.cpp
  models/labs/prompts/PromptRunLab.h
  models/labs/prompts/PromptRunResults.cpp
  models/labs/prompts/PromptRunResults.h
  models/labs/prompts/PromptRunWords.cpp
  models/labs/prompts/PromptRunWords.h
  models/labs/prompts/PromptRunWorker.cpp
  models/labs/prompts/PromptRunWorker.h
  models/labs/prompts/PromptsExplanations.cpp
  models/labs/prompts/PromptsExplanations.h
  models/labs/prompts/PromptsLab.cpp
  models/labs/prompts/PromptsLab.h
  models/labs/prompts/PromptsLabSettings.cpp
  models/labs/prompts/PromptsLabSettings.h
  models/labs/prompts/SeedCheck.cpp
  models/labs/prompts/SeedCheck.h
  models/labs/prompts/ServerCall.cpp
  models/labs/prompts/ServerCall.h
  models/labs/prompts/ServerFailure.cpp
  models/labs/prompts/ServerFailure.h
  models/labs/prompts/ServerPromptRun.cpp
  models/labs/prompts/ServerPromptRun.h
  models/labs/prompts/ServerProtocol.cpp
  models/labs/prompts/ServerProtocol.h
)
set(LOOPWISE_QML_FILES
  qml/Main.qml
  qml/Navigation.qml
  qml/Theme.qml
  qml/blocks/ArtefactBlock.qml
  qml/blocks/AsideBlock.qml
  qml/blocks/AssumptionsBlock.qml
  qml/blocks/BlockBase.qml
  qml/blocks/CompleteBlock.qml
  qml/blocks/DefinitionBlock.qml
  qml/blocks/EvidenceCharts.qml
  qml/blocks/ExampleBlock.qml
  qml/blocks/HeadingBlock.qml
  qml/blocks/KeySentenceBlock.qml
  qml/blocks/KeyTermsBlock.qml
  qml/blocks/LabCardBlock.qml
  qml/blocks/ListBlock.qml
  qml/blocks/LoopDiagramBlock.qml
  qml/blocks/ParagraphBlock.qml
  qml/blocks/PracticeBlock.qml
  qml/blocks/QuizBlock.qml
  qml/blocks/ReflectionBlock.qml
  qml/blocks/RulesBlock.qml
  qml/blocks/StepsBlock.qml
  qml/blocks/TaskBlock.qml
  qml/blocks/TermListBlock.qml
  qml/components/AppButton.qml
  qml/components/AppComboBox.qml
  qml/components/AppDialog.qml
  qml/components/BlockDelegate.qml
  qml/components/Card.qml
  qml/components/Chip.qml
  qml/components/GlossaryTip.qml
  qml/components/LabLinkCard.qml
  qml/components/MarkupText.qml
  qml/components/ModuleHeader.qml
  qml/components/NeighbourCard.qml
  qml/components/NoteField.qml
  qml/components/NoteStatus.qml
  qml/components/NoteTools.qml
  qml/components/Notice.qml
  qml/components/OutlineCard.qml
  qml/components/ProblemsNotice.qml
  qml/components/ProfileNameDialog.qml
  qml/components/ProfileRemoveDialog.qml
  qml/components/ProfileSwitcher.qml
  qml/components/ProgressStrip.qml
  qml/components/QuizCard.qml
  qml/components/ReadingBar.qml
  qml/components/RevisionHistory.qml
  qml/components/SchoolLock.qml
  qml/components/ScrollingPage.qml
  qml/components/SectionsPopup.qml
  qml/components/ShortcutTable.qml
  qml/components/ShortcutsSheet.qml
  qml/components/StoreBanner.qml
  qml/components/StoreBusyRow.qml
  qml/components/TopBar.qml
  qml/components/TopBarButton.qml
  qml/labs/assumptions/AssumptionsAfterRun.qml
  qml/labs/assumptions/AssumptionsBars.qml
  qml/labs/assumptions/AssumptionsConfusion.qml
  qml/labs/assumptions/AssumptionsLabPage.qml
  qml/labs/assumptions/AssumptionsPanel.qml
  qml/labs/assumptions/AssumptionsRunBar.qml
  qml/labs/assumptions/CostPanel.qml
  qml/labs/assumptions/ShortcutPanel.qml
  qml/labs/assumptions/ValidationPanel.qml
  qml/labs/common/AttachEvidenceButton.qml
  qml/labs/common/ChoiceBox.qml
  qml/labs/common/ColourLegend.qml
  qml/labs/common/LabCanvas.qml
  qml/labs/common/LabMessage.qml
  qml/labs/common/LabPredictionCard.qml
  qml/labs/common/LabShareCard.qml
  qml/labs/common/LabSlider.qml
  qml/labs/common/LossChart.qml
  qml/labs/common/PlayPauseButton.qml
  qml/labs/experts/ExpertsCanvasCard.qml
  qml/labs/experts/ExpertsLabPage.qml
  qml/labs/experts/ExpertsResultsCard.qml
  qml/labs/experts/ExpertsRunBar.qml
  qml/labs/experts/ExpertsSettingsCard.qml
  qml/labs/learning/LearningLabPage.qml
  qml/labs/learning/LearningLoopCard.qml
  qml/labs/learning/LearningLossCard.qml
  qml/labs/learning/LearningPlotCard.qml
  qml/labs/learning/LearningPresetsCard.qml
  qml/labs/learning/LearningQuestionsCard.qml
  qml/labs/learning/LearningRunBar.qml
  qml/labs/learning/LearningSettingsCard.qml
  qml/labs/network/NetworkDiagram.qml
  qml/labs/network/NetworkLabPage.qml
  qml/labs/network/NetworkPointsCard.qml
  qml/labs/network/NetworkResultsCard.qml
  qml/labs/network/NetworkRunsCard.qml
  qml/labs/prompts/PromptCasesEditor.qml
  qml/labs/prompts/PromptComparisonTable.qml
  qml/labs/prompts/PromptEditor.qml
  qml/labs/prompts/PromptExportButtons.qml
  qml/labs/prompts/PromptMark.qml
  qml/labs/prompts/PromptPatternSettings.qml
  qml/labs/prompts/PromptPresence.qml
  qml/labs/prompts/PromptRunResultsView.qml
  qml/labs/prompts/PromptRunSettings.qml
  qml/labs/prompts/PromptSavePair.qml
  qml/labs/prompts/PromptsLabPage.qml
  qml/labs/prompts/PromptsRunPanel.qml
  qml/labs/prompts/PromptsStructurePanel.qml
  qml/pages/AboutPage.qml
  qml/pages/GlossaryPage.qml
  qml/pages/HomePage.qml
  qml/pages/ModulePage.qml
  qml/pages/SettingsPage.qml
)
list(TRANSFORM LOOPWISE_CORE_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/)
# The content pack is data, not code: a pack's files are whatever its folders hold.
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
get_target_property(LOOPWISE_STORE_SOURCES loopwise_store SOURCES)
list(TRANSFORM LOOPWISE_STORE_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/models/store/)
list(TRANSFORM LOOPWISE_QML_FILES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE LOOPWISE_QML_PATHS)
# UI translations, embedded under :/i18n as loopwise_<lang>.qm.
qt_add_translations(loopwise_core
  TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_de.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_en.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_es.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_fr.ts
           ${CMAKE_CURRENT_SOURCE_DIR}/translations/loopwise_ar.ts
  # The app's own messages (it cannot start; the school's policy) are read here too.
  SOURCES ${LOOPWISE_CORE_SOURCES} ${LOOPWISE_STORE_SOURCES} ${LOOPWISE_QML_PATHS}
          ${CMAKE_CURRENT_SOURCE_DIR}/app/main.cpp ${CMAKE_CURRENT_SOURCE_DIR}/app/SchoolStartup.cpp
  RESOURCE_PREFIX /i18n
  LUPDATE_OPTIONS -no-obsolete
)
