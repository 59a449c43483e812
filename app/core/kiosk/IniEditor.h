// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// Changes one key of an ini file in place, keeping its comments and layout (QSettings would rewrite
// the whole file and drop the documentation). The value is written quoted, as QSettings reads it.
// Adds the key (and the [group]) when missing; creates the file when it does not exist.
// Writes atomically (QSaveFile). On failure returns false with a French message in *error.
bool setIniValue(const QString &file, const QString &group, const QString &key, const QString &value,
                 QString *error);

} // namespace kiosk
