// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk::MediaContainer {

// Whether a copied video file is whole, read from its container's own frame (a few reads, not the
// whole file): an MP4's top-level boxes must fill the file exactly and hold its index ("moov"); a
// WebM's EBML header and Segment must fit in the file. A file cut short (a copy interrupted, a
// download stopped) or bytes that only begin like a video are refused before they reach the
// player. Other files pass. Returns "" when the file is acceptable, else why not (French).
QString checkWhole(const QString &filePath, const QString &shownPath);

} // namespace kiosk::MediaContainer
