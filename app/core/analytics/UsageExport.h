// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "UsageLog.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace kiosk {

class ItemTitles;

// The statistics export staff take away on a USB stick (kiosk-export/) or write with
// `kioskctl stats export --out DIR`:
//   statistiques-<kiosk>-<yyyy-MM-dd>.csv   every hourly aggregate, UTF-8 with BOM, ';' separated,
//                                           CRLF lines: opens directly in French Excel / LibreOffice
//   statistiques-<kiosk>-<yyyy-MM-dd>.json  a short summary (today, this event, all time) that
//                                           also gives the CSV's size and SHA-256
// Each file is written under a temporary name, fsync'd, renamed, and its folder fsync'd: a stick
// pulled out mid-write leaves only a temporary file, never a truncated file with the final name.
namespace UsageExport {

struct Result
{
    bool ok = false;
    QString csvPath;
    QString jsonPath;
    QString error; // plain French, for staff
};

// A kiosk id usable in a file name (letters, digits, '-', '_'); the host name when raw is empty.
QString kioskId(const QString &raw = {});
QString baseName(const QString &kioskId, const QDate &date);

QByteArray csv(const QList<UsageRow> &rows, const ItemTitles &titles);
QJsonObject reportJson(const UsageReport &report, const ItemTitles &titles);
// Today, this event and all time, with the kiosk id and the export time.
QJsonObject summary(const UsageLog &log, const ItemTitles &titles, const QString &kioskId);

// The two files' names and bytes, made from the database (on the thread that owns the log).
struct Files
{
    QString csvName;
    QByteArray csv;
    QString jsonName;
    QByteArray json;
};
Files render(const UsageLog &log, const ItemTitles &titles, const QString &kioskId);
// Writes rendered files into folder (created if needed); safe on any thread (a slow stick must
// not freeze the screen).
Result writeFiles(const Files &files, const QString &folder);
// render() then writeFiles().
Result write(const UsageLog &log, const ItemTitles &titles, const QString &folder, const QString &kioskId);

} // namespace UsageExport
} // namespace kiosk
