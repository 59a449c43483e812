// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kiosk {

// One text block of the "Lycée numérique" screen (sheet lycee.csv), in the wanted language. topic is
// the sheet's `rubrique`: label, niveau, recoit, engagement, bac-general, bac-pro, chiffres.
struct LyceeSection
{
    QString id;
    QString topic;
    QString title;
    QString body;
};

class LyceeQueries
{
public:
    // Every section, in content order.
    static QList<LyceeSection> sections(const QSqlDatabase &db, Language language);
    // Where a topic comes on the screen, in the order a visitor discovers them: label, niveau,
    // recoit, engagement, bac-general, bac-pro, chiffres; a topic this build does not know, last.
    static qsizetype topicRank(const QString &topic);
};

} // namespace kiosk
