// SPDX-License-Identifier: GPL-3.0-or-later
#include "IniEditor.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {

bool setIniValue(const QString &file, const QString &group, const QString &key, const QString &value,
                 QString *error)
{
    QStringList lines;
    QFile in(file);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("impossible de lire %1 : %2").arg(file, in.errorString());
            return false;
        }
        lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }

    const QString entry = QStringLiteral("%1 = \"%2\"").arg(key, value);
    const QRegularExpression section(QStringLiteral("^\\s*\\[(.*)\\]\\s*$"));
    const QRegularExpression keyLine(QStringLiteral("^\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
    qsizetype groupEnd = -1;   // insertion point: after the group's last non-blank line
    bool inGroup = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch header = section.match(lines[i]);
        if (header.hasMatch()) {
            inGroup = header.captured(1).trimmed() == group;
            if (inGroup)
                groupEnd = i + 1;
            continue;
        }
        if (!inGroup)
            continue;
        if (keyLine.match(lines[i]).hasMatch()) {
            lines[i] = entry;
            groupEnd = -2;   // replaced
            break;
        }
        if (!lines[i].trimmed().isEmpty() && !lines[i].trimmed().startsWith(QLatin1Char(';'))
            && !lines[i].trimmed().startsWith(QLatin1Char('#')))
            groupEnd = i + 1;
    }
    if (groupEnd == -1) {
        if (!lines.isEmpty())
            lines << QString();
        lines << QStringLiteral("[%1]").arg(group) << entry;
    } else if (groupEnd >= 0) {
        lines.insert(groupEnd, entry);
    }

    // QSaveFile keeps the file's mode but not its owner: /etc/kiosk/kiosk.ini is root:kiosk 0640
    // (the PIN hash is not for everyone to read), and must stay readable by the kiosk's group.
    struct stat before {};
    const QByteArray path = QFile::encodeName(file);
    const bool existed = ::stat(path.constData(), &before) == 0;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0
        || !out.commit()) {
        *error = QStringLiteral("impossible d'écrire %1 : %2").arg(file, out.errorString());
        return false;
    }
    if (existed && ::chown(path.constData(), before.st_uid, before.st_gid) != 0) {
        *error = QStringLiteral("%1 écrit, mais son propriétaire n'a pas pu être rétabli").arg(file);
        return false;
    }
    return true;
}

} // namespace kiosk
