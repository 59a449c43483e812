# SPDX-License-Identifier: GPL-3.0-or-later
# Included from the top-level CMakeLists: paths are relative to the project root.
qt_add_library(kioskui STATIC)

set_source_files_properties(qml/Theme.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)

qt_add_qml_module(kioskui
  URI Kiosk
  VERSION 1.0
  RESOURCE_PREFIX /qt/qml
  OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/qml/Kiosk
  QML_FILES
    qml/Main.qml
    qml/Theme.qml
    qml/components/Tile.qml
    qml/components/TopBar.qml
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
  SOURCES
    app/gui/QmlSingleton.h
    app/gui/Preferences.h app/gui/Preferences.cpp
    app/gui/ContentSummary.h app/gui/ContentSummary.cpp
    app/gui/VisitorSession.h app/gui/VisitorSession.cpp
)
target_include_directories(kioskui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/app/gui)
target_link_libraries(kioskui PUBLIC kioskcore Qt6::Quick Qt6::Qml Qt6::QuickControls2 Qt6::Multimedia)
kiosk_strict_warnings(kioskui)
