// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kiosk {

// Writes a sheet the way LibreOffice does (UTF-8, ",", CRLF, quotes only where needed): what
// CsvReader reads back unchanged. Used to generate test and benchmark content.
QByteArray writeCsv(const QStringList &header, const QList<QStringList> &rows);

} // namespace kiosk
