// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "update/PackImporter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QString>

// Talking with the person at the terminal: passwords, confirmations, progress.
//
// Everything written through out() and err() goes through a filter (installed by Terminal.cpp when
// the program starts): a control character other than newline and tab is printed visibly, as \x1b
// for ESC, never raw. Messages quote file names and sheet cells from a stick, which could otherwise
// move the cursor, clear the screen or retitle the technician's terminal. Only ProgressPrinter
// writes its own control sequences (carriage return, clear to end of line), past the filter.

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
