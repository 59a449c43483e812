// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelNames.h"

#include <QCoreApplication>
#include <QStringList>

QString levelName(int level)
{
    switch (level) {
    case 0: return QCoreApplication::translate("Levels", "Bac");
    case 2: return QCoreApplication::translate("Levels", "Bac+2");
    case 3: return QCoreApplication::translate("Levels", "Bac+3");
    case 5: return QCoreApplication::translate("Levels", "Bac+5");
    default: return QStringLiteral("Bac+%1").arg(level);   // the schema allows no other level
    }
}

QString levelNames(const QList<int> &levels)
{
    QStringList names;
    for (const int level : levels)
        names.append(levelName(level));
    return names.join(QStringLiteral(" · "));
}
