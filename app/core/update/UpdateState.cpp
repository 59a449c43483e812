// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdateState.h"

#include "FileSync.h"
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kiosk {
namespace {

const QString kVersionKey = QStringLiteral("update/last_accepted_version");
const QString kWhenKey = QStringLiteral("update/last_update");
const QString kPackKey = QStringLiteral("update/last_pack_id");

} // namespace

UpdateState::UpdateState(const QString &stateFile)
    : m_file(stateFile)
{
}

int UpdateState::lastAcceptedVersion() const
{
    return QSettings(m_file, QSettings::IniFormat).value(kVersionKey, 0).toInt();
}

QDateTime UpdateState::lastUpdate() const
{
    return QDateTime::fromString(QSettings(m_file, QSettings::IniFormat).value(kWhenKey).toString(), Qt::ISODate);
}

QString UpdateState::lastPackId() const
{
    return QSettings(m_file, QSettings::IniFormat).value(kPackKey).toString();
}

bool UpdateState::recordAccepted(int contentVersion, const QString &packId, const QDateTime &when)
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(kVersionKey, std::max(contentVersion, settings.value(kVersionKey, 0).toInt()));
    settings.setValue(kWhenKey, when.toUTC().toString(Qt::ISODate));
    settings.setValue(kPackKey, packId);
    settings.sync(); // QSettings writes through a temporary file renamed over the old one
    FileSync::syncDirectory(QFileInfo(m_file).absolutePath());
    if (settings.status() != QSettings::NoError) {
        qCWarning(lcUpdate).noquote() << "cannot write" << m_file;
        return false;
    }
    return true;
}

} // namespace kiosk
