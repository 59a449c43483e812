// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>

namespace kiosk {

// How a spreadsheet saved its CSV: LibreOffice and recent Excel write UTF-8 (Excel with a BOM),
// "CSV (séparateur : point-virgule)" of older Excel writes Windows-1252.
enum class SheetEncoding { Utf8, Utf8WithBom, Windows1252 };

struct DecodedSheet
{
    QString text;
    SheetEncoding encoding = SheetEncoding::Utf8;
    // -1, or the position in text of the first byte that is not UTF-8 in a file that is UTF-8
    // elsewhere (a line appended from a Windows-1252 file). Such a file is refused: neither reading
    // can be right for the whole file. Its text is then UTF-8 with U+FFFD for the invalid bytes.
    qsizetype mixedAt = -1;

    bool isMixed() const { return mixedAt >= 0; }
};

// Valid UTF-8 (with or without BOM) is read as UTF-8; a file with no valid multi-byte UTF-8 sequence
// at all as Windows-1252 (a CP1252 text with accents is almost never valid UTF-8, while the reverse
// guess would garble every accent); valid multi-byte sequences and invalid bytes together: mixed.
DecodedSheet decodeSheet(const QByteArray &bytes);

// Windows-1252 → Unicode (Latin-1 plus the 0x80–0x9F block: €, ‚, „, …, œ, Œ, ’, “, ”, –, —…).
QString fromWindows1252(const QByteArray &bytes);

} // namespace kiosk
