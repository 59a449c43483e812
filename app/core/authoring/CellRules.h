// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "SheetSpec.h"

#include <QString>
#include <QStringList>

namespace kiosk {

// The outcome of checking one non-empty cell against its column: the value as stored (levels as
// 0/2/3/5, "9" as "09", "12,5" as "12.5", dates as AAAA-MM-JJ, lists joined by "|") or why not.
struct CellValue
{
    QString value;
    QString error; // plain French for staff; empty when the cell is valid
    bool ok() const { return error.isEmpty(); }
};

CellValue checkCell(const ColumnSpec &column, const QString &raw);

// Splits a "|" list cell, trimmed, empty items dropped, duplicates removed (first kept).
QStringList splitList(const QString &cell);

// Access level keyword → 0, 2, 3, 5 ("Bac +2" is fine); -1 when unknown.
int parseLevel(const QString &text);

} // namespace kiosk
