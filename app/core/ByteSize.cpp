// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteSize.h"

#include <QLocale>

namespace kiosk {

QString frenchByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 octets").arg(bytes);
    static const char *const units[] = {"Ko", "Mo", "Go", "To"};
    double value = double(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    return QLocale(QLocale::French).toString(value, 'f', value < 100 ? 1 : 0) + QLatin1Char(' ')
           + QLatin1String(units[unit]);
}

} // namespace kiosk
