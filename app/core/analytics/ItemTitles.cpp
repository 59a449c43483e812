// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemTitles.h"

#include "content/ContentStore.h"

#include <QSqlQuery>

namespace kiosk {
namespace {

QString key(const QString &kind, const QString &id)
{
    return kind + QLatin1Char('/') + id;
}

} // namespace

ItemTitles ItemTitles::fromContent(const ContentStore &store)
{
    ItemTitles titles;
    if (!store.isOpen())
        return titles;
    const struct
    {
        const char *kind;
        const char *sql;
    } sources[] = {
        {"job", "SELECT id, CASE WHEN title_f = title_m THEN title_m ELSE title_m || ' / ' || title_f END"
                " FROM jobs"},
        {"training", "SELECT id, name FROM trainings"},
        {"interview", "SELECT id, person || ' — ' || role FROM interviews"},
        {"sector", "SELECT id, name FROM sectors"},
        {"lycee", "SELECT id, title FROM lycee_sections"},
        {"chart", "SELECT DISTINCT chart, chart_title FROM figures"},
    };
    for (const auto &source : sources) {
        QSqlQuery query(store.database());
        query.setForwardOnly(true);
        if (!query.exec(QString::fromUtf8(source.sql)))
            continue;
        while (query.next())
            titles.insert(QString::fromUtf8(source.kind), query.value(0).toString(), query.value(1).toString());
    }
    return titles;
}

void ItemTitles::insert(const QString &kind, const QString &id, const QString &title)
{
    m_titles.insert(key(kind, id), title);
}

QString ItemTitles::title(const QString &kind, const QString &id) const
{
    return m_titles.value(key(kind, id), id);
}

} // namespace kiosk
