// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMap>
#include <QString>

class QSqlDatabase;

namespace kiosk {

struct AuthoringSource;

// Writes a checked source (no problems left) into a database already at the latest schema: every
// sheet into its table, list cells into link tables, infos.csv into meta, then the search index.
// The caller owns the transaction.
class ContentWriter
{
public:
    // Returns "" on success, else what failed (SQL detail included, for the log).
    static QString write(QSqlDatabase &db, const AuthoringSource &source, QMap<QString, int> *counts);
};

} // namespace kiosk
