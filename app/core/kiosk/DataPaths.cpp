// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kiosk {

QString DataPaths::defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("KIOSK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QFileInfo system(QStringLiteral("/var/lib/kiosk"));
    if (system.isDir() && system.isWritable())
        return system.filePath();
    return QDir::homePath() + QStringLiteral("/.local/share/kiosk");
}

DataPaths::DataPaths(const QString &dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
{
}

QString DataPaths::contentRoot() const
{
    return m_dataDir + QStringLiteral("/content");
}

QString DataPaths::analyticsDatabase() const
{
    return m_dataDir + QStringLiteral("/analytics.sqlite");
}

QString DataPaths::stateFile() const
{
    return m_dataDir + QStringLiteral("/state.ini");
}

} // namespace kiosk
