// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// Content is written in French; English columns are optional. The kiosk shows English where the
// content has it, French otherwise.
enum class Language { French, English };

inline QString localized(Language language, const QString &french, const QString &english)
{
    return language == Language::English && !english.isEmpty() ? english : french;
}

} // namespace kiosk
