// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttractQuery.h"

#include "Logging.h"
#include "content/FigureQueries.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace kiosk {
namespace {

using Kind = AttractItem::Kind;

// The loop shows the first jobs in content order (staff put the ones to feature first): with a
// large content, every card would make a loop of hours and a model of thousands of items.
constexpr int kMostJobs = 60;

QVector<AttractItem> select(const QSqlDatabase &db, const QString &sql,
                            const std::function<AttractItem(const QSqlQuery &)> &read)
{
    QVector<AttractItem> items;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCWarning(lcContent).noquote() << "attract query failed:" << query.lastError().text();
        return items;
    }
    while (query.next())
        items << read(query);
    return items;
}

QString figureValue(double value, const QString &unit, Language language)
{
    return FigureQueries::formatNumber(value, language) + FigureQueries::unitSuffix(unit, language);
}

} // namespace

QVector<AttractItem> AttractQuery::items(const QSqlDatabase &db, Language lang, Kinds kinds)
{
    QVector<QVector<AttractItem>> lists;
    if (kinds.jobs) {
        lists << select(db,
                        QStringLiteral("SELECT id, title_m, title_f, title_en, hook, hook_en, image FROM jobs "
                                       "ORDER BY sort_order, id LIMIT %1").arg(kMostJobs),
                        [lang](const QSqlQuery &q) {
                            const QString male = q.value(1).toString();
                            const QString female = q.value(2).toString();
                            const QString french = male == female ? male : male + QStringLiteral(" / ") + female;
                            return AttractItem{Kind::Job,
                                               q.value(0).toString(),
                                               localized(lang, french, q.value(3).toString()),
                                               localized(lang, q.value(4).toString(), q.value(5).toString()),
                                               QString(),
                                               q.value(6).toString(),
                                               QString(),
                                               QString()};
                        });
    }
    if (kinds.figures) {
        lists << select(db,
                        QStringLiteral("SELECT id, value, unit, label, label_en, chart_title, chart_title_en, year, "
                                       "unit_en FROM figures ORDER BY chart, sort_order, id"),
                        [lang](const QSqlQuery &q) {
                            QString detail = localized(lang, q.value(5).toString(), q.value(6).toString());
                            if (!q.value(7).isNull())
                                detail += QStringLiteral(" (%1)").arg(q.value(7).toInt());
                            return AttractItem{Kind::Figure,
                                               q.value(0).toString(),
                                               figureValue(q.value(1).toDouble(),
                                                           localized(lang, q.value(2).toString(), q.value(8).toString()),
                                                           lang),
                                               localized(lang, q.value(3).toString(), q.value(4).toString()),
                                               detail,
                                               QString(),
                                               QString(),
                                               QString()};
                        });
    }
    if (kinds.interviews) {
        lists << select(db,
                        QStringLiteral("SELECT id, person, role, role_en, summary, summary_en, employer, portrait, "
                                       "CASE excerpt WHEN '' THEN video ELSE excerpt END, captions "
                                       "FROM interviews ORDER BY sort_order, id"),
                        [lang](const QSqlQuery &q) {
                            QString detail = localized(lang, q.value(2).toString(), q.value(3).toString());
                            if (const QString employer = q.value(6).toString(); !employer.isEmpty())
                                detail += QStringLiteral(" — ") + employer;
                            return AttractItem{Kind::Interview,
                                               q.value(0).toString(),
                                               q.value(1).toString(),
                                               localized(lang, q.value(4).toString(), q.value(5).toString()),
                                               detail,
                                               q.value(7).toString(),
                                               q.value(8).toString(),
                                               q.value(9).toString()};
                        });
    }

    // Round-robin over the kinds: job, figure, interview, job, figure, job…
    QVector<AttractItem> mixed;
    for (qsizetype round = 0;; ++round) {
        bool any = false;
        for (const QVector<AttractItem> &list : std::as_const(lists)) {
            if (round < list.size()) {
                mixed << list[round];
                any = true;
            }
        }
        if (!any)
            break;
    }
    return mixed;
}

} // namespace kiosk
