// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

// Visitor-facing names of the access levels (0 = bac, 2, 3, 5), in the interface language.
QString levelName(int level);
// "Bac+2 · Bac+3"
QString levelNames(const QList<int> &levels);
