// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk {

// The content versions on internal storage (see DataPaths for the layout). A version folder is
// complete before it is installed; the one atomic step is the switch of the `current` symlink.
// `previous` keeps the version before it for one-tap rollback; older versions are removed.
class ContentLibrary
{
public:
    explicit ContentLibrary(const QString &contentRoot);

    QString root() const { return m_root; }
    QString stagingDir() const;
    // Held (QLockFile) by an import for its whole run: start-up housekeeping leaves staging alone
    // while a live process holds it.
    QString lockFilePath() const;

    // Absolute folder of the active / previous version, "" when there is none.
    QString activeDir() const;
    QString previousDir() const;
    // Content version number of a version folder (from its database), 0 if unreadable.
    static int versionOf(const QString &versionDir);

    // Moves a complete, verified folder (inside stagingDir(), same filesystem) into versions/ and
    // makes it active; the old active version becomes `previous`. Older versions are removed.
    bool install(const QString &completeDir, int version, QString *error);
    // Makes `previous` active again (and the current one previous).
    bool rollback(QString *error);

    // When there is no usable active version, installs a copy of builtContentDir (the demo content).
    bool seedIfEmpty(const QString &builtContentDir, QString *error);

    // Start-up housekeeping: staging leftovers of an interrupted import, half-made links, and
    // versions that are neither current nor previous.
    void cleanUp();

private:
    QString linkTarget(const QString &linkName) const;
    QString uniqueVersionName(int version) const;

    QString m_root;
};

} // namespace kiosk
