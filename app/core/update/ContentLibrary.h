// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

#include <functional>

namespace kiosk {

// The content versions on internal storage (see DataPaths for the layout). A version folder is
// complete before it is installed; the one atomic step is the switch of the `current` symlink.
// `previous` keeps the version before it for one-tap rollback; older versions are removed.
// The two links change together: a journal (links.journal) written before the first records both
// pairs, so that a cut or a failure between the two puts back the pair there was.
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
    // makes it active; the old active version becomes `previous`. Then `accept` runs (the importer
    // records the version: replay protection); if it fails, the links go back as they were and the
    // install fails. Older versions are removed.
    using Accept = std::function<bool(QString *error)>;
    bool install(const QString &completeDir, int version, QString *error, const Accept &accept = {});
    // Makes `previous` active again (and the current one previous). Fails, changing nothing, when
    // there is no previous version (previousDir() is then "") or the links cannot be written.
    bool rollback(QString *error);

    // When there is no usable active version, installs a copy of builtContentDir (the demo content).
    bool seedIfEmpty(const QString &builtContentDir, QString *error);

    // Start-up housekeeping: a switch of the links cut halfway, staging leftovers of an interrupted
    // import, half-made links, and versions that are neither current nor previous.
    void cleanUp();
    // Empties staging: only for the holder of the import lock (lockFilePath()).
    void clearStaging();

private:
    // Where `current` and `previous` point, relative to the root ("" for no link).
    struct Links
    {
        QString current;
        QString previous;
        bool operator==(const Links &other) const { return current == other.current && previous == other.previous; }
    };
    Links links() const;
    // Points both links at `to`, previous first (`crashPoint` between the two), journaled.
    bool switchLinks(const Links &to, const char *crashPoint, QString *error);
    bool setLinks(const Links &to, const char *crashPoint, QString *error);
    QString journalPath() const;
    // After a cut during switchLinks(): the pair there was, unless the new one was complete.
    void recoverInterruptedSwitch();
    QString linkTarget(const QString &linkName) const;
    QString uniqueVersionName(int version) const;

    QString m_root;
};

} // namespace kiosk
