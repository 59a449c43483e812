// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackDescription.h"

#include "ByteSize.h"
#include "PackManifest.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace kiosk::PackDescription {

QString date(const QString &isoDate)
{
    QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (!day.isValid())
        day = QDateTime::fromString(isoDate, Qt::ISODate).date();
    return day.isValid() ? QLocale(QLocale::French).toString(day, QStringLiteral("d MMMM yyyy")) : isoDate;
}

int secondsLeft(qint64 bytesDone, qint64 bytesTotal, qint64 elapsedMs)
{
    if (bytesDone <= 0 || bytesDone >= bytesTotal || elapsedMs < 0)
        return -1;
    return int((elapsedMs * (bytesTotal - bytesDone) / bytesDone + 999) / 1000);
}

QString progress(qint64 bytesDone, qint64 bytesTotal, int filesDone, int filesTotal, qint64 elapsedMs)
{
    QString text = QStringLiteral("%1 sur %2, fichier %3 sur %4")
                       .arg(frenchByteSize(bytesDone), frenchByteSize(bytesTotal))
                       .arg(filesDone)
                       .arg(filesTotal);
    const int left = secondsLeft(bytesDone, bytesTotal, elapsedMs);
    if (left >= 60)
        text += QStringLiteral(", environ %1 min restantes").arg((left + 59) / 60);
    else if (left >= 0)
        text += QStringLiteral(", environ %1 s restantes").arg(left);
    return text;
}

QString headline(const PackManifest &manifest)
{
    return QStringLiteral("Mise à jour disponible : ") + facts(manifest);
}

QString facts(const PackManifest &manifest)
{
    QStringList parts{QStringLiteral("version %1").arg(manifest.contentVersion), date(manifest.created)};
    if (manifest.summary.contains(QStringLiteral("jobs"))) {
        const int jobs = manifest.summary.value(QStringLiteral("jobs"));
        parts << QStringLiteral("%1 fiche%2").arg(jobs).arg(jobs > 1 ? QStringLiteral("s") : QString());
    }
    const int videos = manifest.videoCount();
    parts << QStringLiteral("%1 vidéo%2").arg(videos).arg(videos > 1 ? QStringLiteral("s") : QString());
    parts << frenchByteSize(manifest.totalBytes());
    return parts.join(QStringLiteral(", "));
}

QString videoFormatAdvice(const PackManifest &manifest)
{
    const int mp4 = manifest.mp4Count();
    if (mp4 == 0)
        return {};
    return QStringLiteral("Conseil : %1 vidéo%2 en MP4. Le kiosque lit ce format, mais en WebM (VP8, son "
                          "Opus) il lui faut près de 40 Mo de mémoire en moins ; la conversion est décrite "
                          "dans docs/authoring.md.")
        .arg(mp4)
        .arg(mp4 > 1 ? QStringLiteral("s sont") : QStringLiteral(" est"));
}

} // namespace kiosk::PackDescription
