// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ContentBuilder.h"
#include "SheetSpec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

// One data row of a sheet, every cell checked and stored as checkCell() normalised it.
struct SheetRow
{
    int row = 0;                   // spreadsheet row number (header = 1)
    QHash<QString, QString> cells; // column name → value ("" when empty or absent)
};

struct SourceSheet
{
    const SheetSpec *spec = nullptr;
    bool present = false;          // the file exists in the source folder
    QList<SheetRow> rows;
};

// The staff's source folder, read and checked against docs/authoring.md: every sheet, every cell,
// references between sheets and media files. Problems are collected, never thrown: staff get the
// whole list in one go.
struct AuthoringSource
{
    QList<SourceSheet> sheets;     // one per authoringSheets() entry, same order
    QStringList mediaFiles;        // relative paths the sheets reference, sorted, unique
    QList<ImportProblem> problems;

    const SourceSheet &sheet(const QString &file) const;

    // The largest sheet read, in bytes: a sheet is held in memory several times over while it is
    // parsed and checked (about 7 times its size), inside the kiosk process for a USB import. The
    // metiers.csv of 10 000 jobs (`kioskctl content generate --jobs 10000`) weighs 9.3 MB: about
    // 4 times that. A larger sheet is refused before it is read (docs/authoring.md).
    static constexpr qint64 maxSheetBytes = qint64(40) * 1024 * 1024;

    // Media paths in cells are resolved against mediaRoot and must stay inside it.
    static AuthoringSource read(const QString &sourceDir, const QString &mediaRoot);
};

} // namespace kiosk
