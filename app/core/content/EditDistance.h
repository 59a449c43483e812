// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringView>

namespace kiosk {

// True when b is a at most one edit away: one letter inserted, deleted, replaced, or two neighbours
// swapped (Damerau–Levenshtein distance ≤ 1). Linear time, no allocation: used on every vocabulary
// word while a visitor types.
bool withinOneEdit(QStringView a, QStringView b);

// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).
int editDistance(QStringView a, QStringView b);

} // namespace kiosk
