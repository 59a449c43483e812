// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "SheetText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

// One CSV record. `row` is the spreadsheet row number (the header is row 1); a cell holding line
// breaks stays in one row, as in the spreadsheet.
struct CsvRecord
{
    int row = 0;
    QStringList cells;
};

// A syntax problem: where the spreadsheet shows it (row, 1-based column), in plain French.
struct CsvError
{
    int row = 0;
    int column = 0;
    QString message;
};

struct CsvTable
{
    SheetEncoding encoding = SheetEncoding::Utf8;
    QChar separator = QLatin1Char(',');
    QStringList header;           // empty for an empty file
    QList<CsvRecord> records;     // data rows only; blank rows (every cell empty) are skipped
    QList<CsvError> errors;       // when not empty, records are incomplete
};

// RFC 4180 CSV as LibreOffice Calc and Excel write it: "," or ";" (whichever the header line uses
// more), fields optionally in double quotes with "" for a quote and line breaks inside, CRLF, LF or
// CR line ends. Cells are trimmed. Stray or unterminated quotes are reported, never guessed.
class CsvReader
{
public:
    static CsvTable parse(const QByteArray &bytes);
    static CsvTable parseText(const QString &text, SheetEncoding encoding = SheetEncoding::Utf8);
};

} // namespace kiosk
