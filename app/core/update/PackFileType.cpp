// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackFileType.h"

namespace kiosk::PackFileType {
namespace {

bool isWebVtt(const QByteArray &header)
{
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    const QByteArray text = header.startsWith(bom) ? header.mid(bom.size()) : header;
    if (!text.startsWith("WEBVTT"))
        return false;
    // "WEBVTT" alone, or followed by a space, a tab or a line end.
    return text.size() == 6 || text.at(6) == ' ' || text.at(6) == '\t' || text.at(6) == '\n' || text.at(6) == '\r';
}

} // namespace

QString check(const QString &path, const QByteArray &header)
{
    const QString lower = path.toLower();
    const QString name = lower.section(QLatin1Char('/'), -1);
    const QString extension = name.contains(QLatin1Char('.')) ? name.section(QLatin1Char('.'), -1) : QString();
    bool ok = false;
    if (extension == QLatin1String("csv")) {
        if (path.contains(QLatin1Char('/')))
            return QStringLiteral("%1 : les feuilles CSV se placent à la racine du paquet").arg(path);
        ok = !header.contains('\0');
    } else if (extension == QLatin1String("mp4") || extension == QLatin1String("m4v")) {
        ok = header.mid(4, 4) == "ftyp";
    } else if (extension == QLatin1String("webm")) {
        ok = header.startsWith("\x1A\x45\xDF\xA3");
    } else if (extension == QLatin1String("png")) {
        ok = header.startsWith("\x89PNG\r\n\x1A\n");
    } else if (extension == QLatin1String("jpg") || extension == QLatin1String("jpeg")) {
        ok = header.startsWith("\xFF\xD8\xFF");
    } else if (extension == QLatin1String("vtt")) {
        ok = isWebVtt(header);
    } else {
        return QStringLiteral("%1 : type de fichier non pris en charge").arg(path);
    }
    return ok ? QString() : QStringLiteral("%1 : le contenu ne correspond pas à l'extension « .%2 »").arg(path, extension);
}

} // namespace kiosk::PackFileType
