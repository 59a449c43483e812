// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

// `kioskctl pack init DIR`: a source folder with example sheets (one of each kind of item), the media
// folders and a LISEZMOI.txt, ready for `kioskctl pack build`. DIR must not exist or be empty.
bool writeSkeleton(const QString &dir, QString *error);
