// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetText.h"

#include <QStringDecoder>

namespace kiosk {
namespace {

// 0x80–0x9F in Windows-1252; 0 marks the five unassigned bytes (kept as C1 controls, like Windows).
constexpr char16_t kHighBlock[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98–9F
};

} // namespace

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        const char16_t mapped = code >= 0x80 && code < 0xA0 ? kHighBlock[code - 0x80] : 0;
        *out++ = QChar(mapped ? mapped : char16_t(code));
    }
    return text;
}

DecodedSheet decodeSheet(const QByteArray &bytes)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    const bool hasBom = bytes.startsWith(bom);
    const QByteArray body = hasBom ? bytes.mid(bom.size()) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return {text, hasBom ? SheetEncoding::Utf8WithBom : SheetEncoding::Utf8};
    return {fromWindows1252(bytes), SheetEncoding::Windows1252};
}

} // namespace kiosk
