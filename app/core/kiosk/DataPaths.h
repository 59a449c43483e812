// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// Where the kiosk keeps what it writes. Layout of the data directory:
//   content/versions/<N>/   complete content versions (content.sqlite + media/)
//   content/current         symlink to the active version; content/previous to the one before
//   content/staging/        work area of an import, never served, removed at start
//   analytics.sqlite        usage statistics (outside the swapped content)
//   state.ini               last accepted content version and other persistent state
class DataPaths
{
public:
    // $KIOSK_DATA_DIR, else /var/lib/kiosk when it exists (installed kiosk), else
    // ~/.local/share/kiosk.
    static QString defaultDataDir();

    explicit DataPaths(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString contentRoot() const;
    QString analyticsDatabase() const;
    QString stateFile() const;

private:
    QString m_dataDir;
};

} // namespace kiosk
