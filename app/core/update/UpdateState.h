// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QString>

namespace kiosk {

// What the kiosk remembers about updates, in DataPaths::stateFile() (group [update]), outside the
// swapped content: the highest content version ever accepted (replay protection: an older pack
// signed long ago is not installed again unless staff choose it), and when the last update ran.
class UpdateState
{
public:
    explicit UpdateState(const QString &stateFile);

    int lastAcceptedVersion() const;
    QDateTime lastUpdate() const;
    QString lastPackId() const;
    // Records an installed pack; the accepted version never goes down.
    bool recordAccepted(int contentVersion, const QString &packId, const QDateTime &when);

private:
    QString m_file;
};

} // namespace kiosk
