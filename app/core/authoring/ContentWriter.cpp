// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentWriter.h"

#include "AuthoringSource.h"
#include "CellRules.h"
#include "content/DerivedTables.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kiosk {
namespace {

bool isList(const ColumnSpec &column)
{
    return column.type == CellType::IdList || column.type == CellType::LevelList;
}

// An empty cell is "", never NULL (text columns are NOT NULL DEFAULT '').
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The cell as SQLite should store it (checkCell already normalised the text).
QVariant bindable(const ColumnSpec &column, const QString &value)
{
    switch (column.type) {
    case CellType::Integer:
        return value.toInt(); // an empty "ordre" is 0
    case CellType::Year:
        if (value.isEmpty())
            return QVariant(QMetaType::fromType<int>());
        // A single year as a number, a period as text (the column's INTEGER affinity keeps both).
        return value.contains(QLatin1Char('-')) ? QVariant(value) : QVariant(value.toInt());
    case CellType::Level: return value.toInt();
    case CellType::Number: return value.toDouble();
    default: return text(value);
    }
}

QString failure(const QSqlQuery &query, const QString &what)
{
    return QStringLiteral("%1 : %2").arg(what, query.lastError().text());
}

QString writeMeta(QSqlDatabase &db, const SourceSheet &sheet)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    for (const SheetRow &row : sheet.rows) {
        for (const ColumnSpec &column : sheet.spec->columns) {
            insert.addBindValue(column.target);
            insert.addBindValue(text(row.cells.value(column.name)));
            if (!insert.exec())
                return failure(insert, sheet.spec->file);
        }
    }
    return {};
}

QString writeTable(QSqlDatabase &db, const SourceSheet &sheet)
{
    const SheetSpec &spec = *sheet.spec;
    QStringList columns;
    QStringList marks;
    for (const ColumnSpec &column : spec.columns) {
        if (!isList(column)) {
            columns.append(column.target);
            marks.append(QStringLiteral("?"));
        }
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(spec.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return failure(insert, spec.file);
    // One prepared statement per list column (job_levels, job_sectors…), in column order.
    QList<QSqlQuery> links;
    for (const ColumnSpec &column : spec.columns) {
        if (!isList(column))
            continue;
        links.append(QSqlQuery(db));
        if (!links.last().prepare(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, ?)")
                                      .arg(column.target, spec.ownerColumn, column.linkColumn)))
            return failure(links.last(), spec.file);
    }
    for (const SheetRow &row : sheet.rows) {
        for (const ColumnSpec &column : spec.columns) {
            if (!isList(column))
                insert.addBindValue(bindable(column, row.cells.value(column.name)));
        }
        if (!insert.exec())
            return failure(insert, QStringLiteral("%1, ligne %2").arg(spec.file).arg(row.row));
        qsizetype linkAt = 0;
        for (const ColumnSpec &column : spec.columns) {
            if (!isList(column))
                continue;
            QSqlQuery &link = links[linkAt++];
            for (const QString &value : splitList(row.cells.value(column.name))) {
                link.addBindValue(row.cells.value(QStringLiteral("id")));
                link.addBindValue(column.type == CellType::LevelList ? QVariant(value.toInt()) : QVariant(value));
                if (!link.exec())
                    return failure(link, QStringLiteral("%1, ligne %2").arg(spec.file).arg(row.row));
            }
        }
    }
    return {};
}

} // namespace

QString ContentWriter::write(QSqlDatabase &db, const AuthoringSource &source, QMap<QString, int> *counts)
{
    for (const SourceSheet &sheet : source.sheets) {
        const QString error = sheet.spec->table == QLatin1String("meta") ? writeMeta(db, sheet) : writeTable(db, sheet);
        if (!error.isEmpty())
            return error;
        if (sheet.spec->table != QLatin1String("meta"))
            counts->insert(sheet.spec->table, int(sheet.rows.size()));
    }
    return DerivedTables::rebuild(db);
}

} // namespace kiosk
