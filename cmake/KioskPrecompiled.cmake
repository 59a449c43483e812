# Precompiled Qt headers. Most of a source file's compile time went to parsing the same Qt headers
# (measured on one query file: 6.2 s, 4.0 s with a precompiled header), and `./kiosk.sh test`
# compiles the project twice (normal and sanitizer builds). Two headers are built: one for the core
# (Qt Core + Sql), one for the QML module (+ Qml/Quick); every other target reuses one of them, so
# its compile flags and Qt defines must match (GCC refuses a mismatched one: -Winvalid-pch -Werror).
set(KIOSK_PCH_CORE
  <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QHash>
  <QtCore/QVariant> <QtCore/QDateTime> <QtCore/QDir> <QtCore/QFile> <QtCore/QFileInfo>
  <QtCore/QTemporaryDir> <QtCore/QJsonDocument> <QtCore/QJsonObject> <QtCore/QJsonArray>
  <QtCore/QLoggingCategory> <QtCore/QRegularExpression> <QtCore/QTimer>
  <QtSql/QSqlDatabase> <QtSql/QSqlQuery> <QtSql/QSqlError>
  <functional> <memory> <optional>)
set(KIOSK_PCH_UI ${KIOSK_PCH_CORE}
  <QtCore/QAbstractListModel> <QtQml/qqmlregistration.h> <QtQml/QQmlEngine>
  <QtQuick/QQuickItem> <QtQuick/QQuickWindow>)

# kiosk_reuse_precompiled_headers(target): the core's header for a core-only target, the QML
# module's for one that links kioskui.
function(kiosk_reuse_precompiled_headers target)
  get_target_property(libs ${target} LINK_LIBRARIES)
  if(kioskui IN_LIST libs)
    target_precompile_headers(${target} REUSE_FROM kioskui)
  else()
    target_precompile_headers(${target} REUSE_FROM kioskcore)
  endif()
endfunction()
