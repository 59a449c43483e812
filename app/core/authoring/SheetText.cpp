// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetText.h"

namespace kiosk {
namespace {

// 0x80–0x9F in Windows-1252; 0 marks the five unassigned bytes (kept as C1 controls, like Windows).
constexpr char16_t kHighBlock[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 98–9F
};

// Length of the well-formed UTF-8 sequence at s (Unicode table 3-7: no overlong form, no surrogate,
// nothing above U+10FFFF), or 0 when the byte at s does not start one.
int utf8SequenceLength(const unsigned char *s, qsizetype available)
{
    const unsigned char lead = s[0];
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length || s[1] < low || s[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    }
    return length;
}

struct Utf8Scan
{
    qsizetype firstInvalid = -1; // byte offset
    bool multiByte = false;      // at least one valid multi-byte sequence
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    Utf8Scan scan;
    for (qsizetype at = 0; at < size;) {
        if (data[at] < 0x80) {
            ++at;
            continue;
        }
        const int length = utf8SequenceLength(data + at, size - at);
        if (length == 0) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = at;
            ++at;
        } else {
            scan.multiByte = true;
            at += length;
        }
        if (scan.multiByte && scan.firstInvalid >= 0)
            break; // mixed: nothing more to learn
    }
    return scan;
}

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
    const SheetEncoding utf8 = hasBom ? SheetEncoding::Utf8WithBom : SheetEncoding::Utf8;
    const Utf8Scan scan = scanUtf8(body);
    if (scan.firstInvalid < 0)
        return {QString::fromUtf8(body), utf8};
    if (!scan.multiByte && !hasBom)
        return {fromWindows1252(bytes), SheetEncoding::Windows1252};
    // The bytes before the first invalid one are valid UTF-8: their decoded length is its position.
    return {QString::fromUtf8(body), utf8, QString::fromUtf8(body.constData(), scan.firstInvalid).size()};
}

} // namespace kiosk
