// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "kiosk/DataPaths.h"

#include <cstdio>

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int exitCode)
{
    err() << "kioskctl: " << message << Qt::endl;
    return exitCode;
}

QString dataDirectory(const QCommandLineParser &parser)
{
    const QString chosen = parser.value(QStringLiteral("data-dir"));
    return chosen.isEmpty() ? kiosk::DataPaths::defaultDataDir() : chosen;
}
