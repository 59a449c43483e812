// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

struct PackManifest;

namespace PackDescription {

// "Mise à jour disponible : version 7, 1 décembre 2026, 47 fiches, 4 vidéos, 12,5 Mo" — what staff
// read on the staff screen and in kioskctl before applying a pack.
QString headline(const PackManifest &manifest);
// The same without "Mise à jour disponible : ".
QString facts(const PackManifest &manifest);
// Advice for authors when the pack holds MP4 videos (empty otherwise): the kiosk plays them, but
// decoding H.264 loads FFmpeg's libraries, about 40 MB of memory that WebM (VP8/VP9) avoids.
QString videoFormatAdvice(const PackManifest &manifest);
// "1 décembre 2026" from the manifest's ISO date (or the text as written if it is not a date).
QString date(const QString &isoDate);
// "12,3 Mo sur 40,0 Mo, fichier 5 sur 12, environ 20 s restantes" (time left from the pace so far).
QString progress(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal, qint64 elapsedMs);
// Seconds left at the pace so far; -1 when unknown (nothing copied yet, or done).
int secondsLeft(qint64 bytesDone, qint64 bytesTotal, qint64 elapsedMs);

} // namespace PackDescription
} // namespace kiosk
