// SPDX-License-Identifier: GPL-3.0-or-later
#include "LyceeQueries.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk {

QList<LyceeSection> LyceeQueries::sections(const QSqlDatabase &db, Language language)
{
    QList<LyceeSection> sections;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, topic, title, title_en, body, body_en FROM lycee_sections "
                                   "ORDER BY sort_order, id"))) {
        qCWarning(lcContent).noquote() << "lycée query failed:" << query.lastError().text();
        return sections;
    }
    while (query.next()) {
        sections.append({query.value(0).toString(), query.value(1).toString(),
                         localized(language, query.value(2).toString(), query.value(3).toString()),
                         localized(language, query.value(4).toString(), query.value(5).toString())});
    }
    return sections;
}

qsizetype LyceeQueries::topicRank(const QString &topic)
{
    static const QStringList order{QStringLiteral("label"),      QStringLiteral("niveau"),
                                   QStringLiteral("recoit"),     QStringLiteral("engagement"),
                                   QStringLiteral("bac-general"), QStringLiteral("bac-pro"),
                                   QStringLiteral("chiffres")};
    const qsizetype index = order.indexOf(topic);
    return index < 0 ? order.size() : index;
}

} // namespace kiosk
