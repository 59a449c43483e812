// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaContainer.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace kiosk::MediaContainer {
namespace {

constexpr int kMostTopLevelBoxes = 10000;

std::optional<quint64> readBigEndian(QFile &file, int bytes)
{
    const QByteArray data = file.read(bytes);
    if (data.size() != bytes)
        return std::nullopt;
    quint64 value = 0;
    for (const char byte : data)
        value = value << 8 | quint8(byte);
    return value;
}

// A box type as it reads ("mdat"), or in hexadecimal when it is no text.
QString boxName(const QByteArray &type)
{
    const bool text = std::all_of(type.cbegin(), type.cend(), [](char c) { return c >= 0x20 && c < 0x7F; });
    return text ? QString::fromLatin1(type) : QString::fromLatin1(type.toHex());
}

// ISO base media (MP4): size (32 bits; 1 = a 64-bit size follows; 0 = up to the end), type.
QString checkMp4(QFile &file)
{
    const quint64 fileSize = quint64(file.size());
    quint64 at = 0;
    bool index = false;
    for (int boxes = 0; at < fileSize && boxes < kMostTopLevelBoxes; ++boxes) {
        if (!file.seek(qint64(at)))
            return QStringLiteral("lecture impossible");
        const std::optional<quint64> size32 = readBigEndian(file, 4);
        const QByteArray type = file.read(4);
        if (!size32 || type.size() != 4)
            return QStringLiteral("fichier coupé");
        quint64 size = *size32, headerSize = 8;
        if (size == 1) {
            const std::optional<quint64> size64 = readBigEndian(file, 8);
            if (!size64)
                return QStringLiteral("fichier coupé");
            size = *size64;
            headerSize = 16;
        } else if (size == 0) {
            size = fileSize - at;
        }
        if (size < headerSize || size > fileSize - at)
            return QStringLiteral("fichier coupé ou abîmé (bloc « %1 »)").arg(boxName(type));
        index = index || type == "moov";
        at += size;
    }
    if (at != fileSize)
        return QStringLiteral("structure illisible");
    return index ? QString() : QStringLiteral("index de la vidéo (moov) absent");
}

// EBML variable-length integer: the count of leading zero bits of the first byte says how many
// bytes follow. For a size, the marker bit is dropped and all ones means "unknown".
struct VarInt
{
    quint64 value = 0;
    bool unknown = false;
};

std::optional<VarInt> readVarInt(QFile &file, bool keepMarker)
{
    char first = 0;
    if (!file.getChar(&first) || first == 0)
        return std::nullopt;
    int length = 1;
    while (!(quint8(first) & (0x80 >> (length - 1))))
        ++length;
    quint64 value = keepMarker ? quint8(first) : quint8(first) & (0xFF >> length);
    bool allOnes = value == quint64(0xFF >> length);
    for (int i = 1; i < length; ++i) {
        char next = 0;
        if (!file.getChar(&next))
            return std::nullopt;
        value = value << 8 | quint8(next);
        allOnes = allOnes && quint8(next) == 0xFF;
    }
    return VarInt{value, !keepMarker && allOnes};
}

QString checkWebm(QFile &file)
{
    const quint64 fileSize = quint64(file.size());
    constexpr quint64 kEbmlHeader = 0x1A45DFA3, kSegment = 0x18538067;
    const std::optional<VarInt> headerId = readVarInt(file, true), headerSize = readVarInt(file, false);
    if (!headerId || headerId->value != kEbmlHeader || !headerSize || headerSize->unknown
        || !file.seek(file.pos() + qint64(headerSize->value)))
        return QStringLiteral("en-tête WebM illisible");
    const std::optional<VarInt> segmentId = readVarInt(file, true), segmentSize = readVarInt(file, false);
    if (!segmentId || segmentId->value != kSegment || !segmentSize)
        return QStringLiteral("fichier coupé ou abîmé (segment WebM absent)");
    // A recorder that could not go back to write the size leaves it unknown: then it runs to the end.
    if (!segmentSize->unknown && quint64(file.pos()) + segmentSize->value > fileSize)
        return QStringLiteral("fichier coupé (%1 octets sur %2)")
            .arg(fileSize)
            .arg(quint64(file.pos()) + segmentSize->value);
    return {};
}

} // namespace

QString checkWhole(const QString &filePath, const QString &shownPath)
{
    const QString extension = filePath.section(QLatin1Char('.'), -1).toLower();
    const bool mp4 = extension == QLatin1String("mp4") || extension == QLatin1String("m4v");
    if (!mp4 && extension != QLatin1String("webm"))
        return {};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 : lecture impossible").arg(shownPath);
    const QString why = mp4 ? checkMp4(file) : checkWebm(file);
    return why.isEmpty() ? QString() : QStringLiteral("%1 : vidéo illisible : %2").arg(shownPath, why);
}

} // namespace kiosk::MediaContainer
