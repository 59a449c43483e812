// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

namespace kiosk::PackFileType {

// How many leading bytes check() needs.
constexpr int headerBytes = 16;

// A pack holds authoring sheets (.csv, at the top of the pack) and media whose first bytes must match
// their extension: MP4 (…ftyp), WebM (EBML 1A 45 DF A3), PNG, JPEG (FF D8 FF), WebVTT ("WEBVTT").
// header = the first bytes of the file (fewer when the file is shorter). Returns "" when the file is
// acceptable, else why not (French).
QString check(const QString &path, const QByteArray &header);

} // namespace kiosk::PackFileType
