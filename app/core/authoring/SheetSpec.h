// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

// What a cell may hold (docs/authoring.md, "Feuilles").
enum class CellType {
    Text,
    Id,         // lower-case letters, digits and hyphens
    Integer,
    Year,       // 2018, or a period such as a school year: 2017-2018
    Number,     // decimal point or comma, spaces as thousands separators
    Date,       // AAAA-MM-JJ (JJ/MM/AAAA accepted, as a French spreadsheet may export it)
    Level,      // bac, bac+2, bac+3, bac+5 → 0, 2, 3, 5
    LevelList,  // several levels separated by |
    Department, // an Occitanie department number
    Choice,     // one of `choices`
    Reference,  // the id of a row of `refSheet`
    IdList,     // ids of `refSheet` separated by |, stored in a link table
    Media,      // relative path of a file under the media root, with one of `extensions`
    Url,        // http:// or https://
};

struct ColumnSpec
{
    QString name;            // header name in the sheet
    bool required = false;
    CellType type = CellType::Text;
    QString target;          // database column (or meta key for infos.csv, link table for lists)
    QString refSheet;        // Reference, IdList
    QString linkColumn;      // IdList, LevelList: the link table's value column
    QStringList choices;     // Choice; Media: accepted extensions
    bool positive = false;      // Integer: must be > 0
};

struct SheetSpec
{
    enum class Rows { Any, AtLeastOne, ExactlyOne };

    QString file;            // e.g. "metiers.csv"
    QString table;           // database table ("meta" for infos.csv)
    bool required = false;   // the file must be present
    Rows rows = Rows::Any;
    QString ownerColumn;     // link tables' column naming this sheet's row (job_id…)
    QStringList keyColumns;  // must be unique together (usually {"id"})
    QList<ColumnSpec> columns;

    const ColumnSpec *column(const QString &name) const;
};

// Every sheet of the authoring format, in the order the rows are written (referenced sheets first).
const QList<SheetSpec> &authoringSheets();
const SheetSpec *authoringSheet(const QString &file);

// Accepted values, shared with the documentation (departments: content/Departments.h).
const QStringList &iconNames();

} // namespace kiosk
