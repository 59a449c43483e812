// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk::test {

// Writes a small, known content version (content.sqlite at the latest schema, search index built,
// no media) into dir:
// 3 sectors, 3 interests, 4 jobs, 2 trainings, 1 interview, 2 lycée sections, 3 figures.
// Returns false and prints why if anything fails.
bool writeSmallContent(const QString &dir, int contentVersion = 1);

} // namespace kiosk::test
