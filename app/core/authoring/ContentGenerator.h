// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// Large content for benchmarks and load tests (`kioskctl content generate`): copies the sheets of
// a source folder and grows metiers.csv to `jobs` job cards. Cards beyond the source's own are its
// cards again with a numbered id and title and one invented word, so that the index vocabulary
// grows with the number of cards as real content would.
namespace ContentGenerator {

// Returns "" or what failed (French).
QString generate(const QString &sourceDir, int jobs, const QString &outDir);

} // namespace ContentGenerator
} // namespace kiosk
