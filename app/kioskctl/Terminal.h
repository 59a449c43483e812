// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "update/PackImporter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QString>

// Talking with the person at the terminal: passwords, confirmations, progress.

// One line from standard input (without its line end); hidden: no echo on a terminal.
QByteArray readLine(bool hidden);
// A password from $KIOSK_KEY_PASSWORD, else read from standard input (without echo on a terminal;
// asked twice when twice is true and stdin is a terminal).
QByteArray readPassword(const QString &prompt, bool twice);
// Asks a yes/no question on stdin; "o", "oui", "y", "yes" mean yes.
bool confirm(const QString &prompt);
// Writes data to path through a temporary file renamed over it, with the given permissions.
bool writeFileAtomically(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                         QString *error);

// Prints an import's steps and progress on stderr: one refreshed line on a terminal, a line every
// 10 % otherwise (logs).
class ProgressPrinter
{
public:
    ProgressPrinter();
    void step(kiosk::PackImporter::Step step);
    void show(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal);
    void finish();

private:
    bool m_terminal;
    int m_lastDecile = -1;
    bool m_lineOpen = false;
    QElapsedTimer m_clock;
};
