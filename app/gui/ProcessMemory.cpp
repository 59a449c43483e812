// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessMemory.h"

#include <QFile>
#include <QList>

#include <unistd.h>

double residentMib()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024 * 1024) : 0;
}
