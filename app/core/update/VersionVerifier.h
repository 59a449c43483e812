// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk::VersionVerifier {

// Last checks on a built content version folder before it may become active: the database passes
// `PRAGMA integrity_check` and `foreign_key_check`, says it is expectedVersion, and every media
// file the content references is there. Returns "" when all is well, else what is wrong (French).
QString verify(const QString &versionDir, int expectedVersion, const QStringList &mediaFiles);

} // namespace kiosk::VersionVerifier
