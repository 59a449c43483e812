// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// A size in French units, as file managers show them (1 Ko = 1024 octets): "812 octets", "4,2 Ko",
// "12,5 Mo", "480 Mo", "1,3 Go" (a tenth below 100). What staff read about packs, sheets and disks.
QString frenchByteSize(qint64 bytes);

} // namespace kiosk
