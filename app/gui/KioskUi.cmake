# SPDX-License-Identifier: GPL-3.0-or-later
# Included from the top-level CMakeLists: paths are relative to the project root.
qt_add_library(kioskui STATIC)

set_source_files_properties(qml/Theme.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
# Interface icons (white line drawings, SVG): Icon { name: "home" } shows qml/icons/home.svg.
file(GLOB kiosk_icons RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} CONFIGURE_DEPENDS qml/icons/*.svg)

qt_add_qml_module(kioskui
  URI Kiosk
  VERSION 1.0
  RESOURCE_PREFIX /qt/qml
  OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/qml/Kiosk
  QML_FILES
    qml/Main.qml
    qml/Theme.qml
    qml/components/AttractCard.qml
    qml/components/Tile.qml
    qml/components/TopBar.qml
    qml/components/UpdatePanel.qml
    qml/components/StatsPanel.qml
    qml/components/StatsHourChart.qml
    qml/components/StatsRanking.qml
    qml/screens/HomeScreen.qml
    qml/screens/JobsScreen.qml
    qml/screens/JobScreen.qml
    qml/screens/InterviewsScreen.qml
    qml/screens/InterviewScreen.qml
    qml/screens/QuizScreen.qml
    qml/screens/TrainingsScreen.qml
    qml/screens/TrainingScreen.qml
    qml/screens/LyceeScreen.qml
    qml/screens/SearchScreen.qml
    qml/screens/AttractScreen.qml
    qml/screens/StaffScreen.qml
    qml/components/StillThereOverlay.qml
    qml/components/PinPad.qml
    qml/components/FilterChip.qml
    qml/components/FilterRow.qml
    qml/components/JobCardDelegate.qml
    qml/components/SectionHeader.qml
    qml/components/QrCode.qml
    qml/components/DepartmentMap.qml
    qml/components/LinkButton.qml
    qml/components/TrainingDelegate.qml
    qml/components/SearchResultDelegate.qml
    qml/components/Icon.qml
    qml/components/PillButton.qml
    qml/components/OnScreenKeyboard.qml
    qml/components/Glyph.qml
    qml/components/PlayerButton.qml
    qml/components/SeekBar.qml
    qml/components/TouchSlider.qml
    qml/components/CaptionView.qml
    qml/components/VideoExcerpt.qml
    qml/components/ExcerptPlayer.qml
    qml/components/VideoPlayer.qml
    qml/components/InterviewCard.qml
    qml/components/SideTab.qml
    qml/components/TextCard.qml
    qml/components/TopicSections.qml
    qml/components/LevelSteps.qml
    qml/components/BarChart.qml
    qml/components/QuizOptionCard.qml
    qml/components/QuizResultCard.qml
  RESOURCES
    ${kiosk_icons}
  SOURCES
    app/gui/QmlSingleton.h
    app/gui/Preferences.h app/gui/Preferences.cpp
    app/gui/ContentSummary.h app/gui/ContentSummary.cpp
    app/gui/VisitorSession.h app/gui/VisitorSession.cpp
    app/gui/AfterVisitCleanup.h app/gui/AfterVisitCleanup.cpp
    app/gui/MemoryGuard.h app/gui/MemoryGuard.cpp
    app/gui/ProcessMemory.h app/gui/ProcessMemory.cpp
    app/gui/UpdateController.h app/gui/UpdateController.cpp
    app/gui/ContentUpdate.h app/gui/ContentUpdate.cpp
    app/gui/ActivityFilter.h app/gui/ActivityFilter.cpp
    app/gui/IdleController.h app/gui/IdleController.cpp
    app/gui/AudioSettings.h app/gui/AudioSettings.cpp
    app/gui/StaffController.h app/gui/StaffController.cpp
    app/gui/Lockdown.h app/gui/Lockdown.cpp
    app/gui/KeyboardSetup.h app/gui/KeyboardSetup.cpp
    app/gui/GraphicsMemory.h app/gui/GraphicsMemory.cpp
    app/gui/AttractModel.h app/gui/AttractModel.cpp
    app/gui/CaptionFile.h app/gui/CaptionFile.cpp
    app/gui/AttractController.h app/gui/AttractController.cpp
    app/gui/PublicDisplay.h app/gui/PublicDisplay.cpp
    app/gui/UsageRecorder.h app/gui/UsageRecorder.cpp
    app/gui/StatsRowModel.h app/gui/StatsRowModel.cpp
    app/gui/StatsController.h app/gui/StatsController.cpp
    app/gui/FilterOptionsModel.h app/gui/FilterOptionsModel.cpp
    app/gui/JobsModel.h app/gui/JobsModel.cpp
    app/gui/JobDetail.h app/gui/JobDetail.cpp
    app/gui/TrainingDetail.h app/gui/TrainingDetail.cpp
    app/gui/Details.h app/gui/Details.cpp
    app/gui/DepartmentTiles.h app/gui/DepartmentTiles.cpp
    app/gui/DepartmentsModel.h app/gui/DepartmentsModel.cpp
    app/gui/TrainingsModel.h app/gui/TrainingsModel.cpp
    app/gui/SearchResultsModel.h app/gui/SearchResultsModel.cpp
    app/gui/SearchController.h app/gui/SearchController.cpp
    app/gui/LevelNames.h app/gui/LevelNames.cpp
    app/gui/JobLinkList.h app/gui/JobLinkList.cpp
    app/gui/MediaUrl.h
    app/gui/QrImageProvider.h app/gui/QrImageProvider.cpp
    app/gui/UiTranslator.h app/gui/UiTranslator.cpp
    app/gui/ContentControllers.h app/gui/ContentControllers.cpp
    app/gui/InterviewsModel.h app/gui/InterviewsModel.cpp
    app/gui/InterviewPlayer.h app/gui/InterviewPlayer.cpp
    app/gui/GstElementAdded.h
    app/gui/VideoQueueLimits.h app/gui/VideoQueueLimits.cpp
    app/gui/VideoOpeningGate.h app/gui/VideoOpeningGate.cpp
    app/gui/LyceeModel.h app/gui/LyceeModel.cpp
    app/gui/ChartsModel.h app/gui/ChartsModel.cpp
    app/gui/QuizResultModel.h app/gui/QuizResultModel.cpp
    app/gui/QuizController.h app/gui/QuizController.cpp
    app/gui/DiscoveryControllers.h app/gui/DiscoveryControllers.cpp
)
target_include_directories(kioskui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app/gui)
target_link_libraries(kioskui PUBLIC kioskcore Qt6::Quick Qt6::Qml Qt6::QuickControls2 Qt6::Multimedia)
kiosk_strict_warnings(kioskui)
target_precompile_headers(kioskui PRIVATE ${KIOSK_PCH_UI})
target_link_libraries(kioskui PRIVATE PkgConfig::QRENCODE)   # QrImageProvider
# VideoQueueLimits and VideoOpeningGate talk to GStreamer: its headers for those files only, and no
# -pthread flag from pkg-config, which would make the precompiled header unusable by the targets
# that share it.
set_source_files_properties(app/gui/VideoQueueLimits.cpp app/gui/VideoOpeningGate.cpp PROPERTIES SKIP_PRECOMPILE_HEADERS ON
                            INCLUDE_DIRECTORIES "${GSTREAMER_INCLUDE_DIRS}")
target_link_libraries(kioskui PRIVATE ${GSTREAMER_LINK_LIBRARIES})
# Interface translations (French is the source language): i18n/kiosk_en.ts, the English interface;
# i18n/kiosk_fr.ts, only the French plural forms of sources written "%n métier(s)". Compiled into
# the resources as :/i18n/kiosk_<lang>.qm. Refresh both after changing strings:
#   cmake --build <build dir> --target update_translations
# (Scanned files listed here: lupdate does not find the module's relative source paths.)
file(GLOB_RECURSE kiosk_ui_texts CONFIGURE_DEPENDS qml/*.qml app/gui/*.cpp)
qt_add_translations(kioskui TS_FILES i18n/kiosk_en.ts i18n/kiosk_fr.ts RESOURCE_PREFIX /i18n SOURCES ${kiosk_ui_texts}
                    LUPDATE_OPTIONS -locations none)   # stable .ts diffs while code moves
# systemd watchdog and readiness (app/gui/Watchdog.h): only where libsystemd is found.
if(SYSTEMD_FOUND)
  target_sources(kioskui PRIVATE app/gui/Watchdog.h app/gui/Watchdog.cpp)
  target_link_libraries(kioskui PRIVATE PkgConfig::SYSTEMD)
  target_compile_definitions(kioskui PUBLIC KIOSK_HAVE_SYSTEMD)
endif()
