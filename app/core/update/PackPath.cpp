// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackPath.h"

#include <QHash>

namespace kiosk::PackPath {
namespace {

constexpr int kMaxPathBytes = 1024;
constexpr int kMaxComponentBytes = 255;
constexpr int kMaxDepth = 16;

bool isForbiddenCharacter(QChar c)
{
    static const QString forbidden = QStringLiteral(":*?\"<>|\\");
    return c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c)
           || c.category() == QChar::Other_Format || c.isSurrogate() || c.isNonCharacter();
}

bool isInvisible(char32_t code)
{
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString escaped(char32_t code)
{
    return code <= 0xFF ? QStringLiteral("\\x%1").arg(uint(code), 2, 16, QLatin1Char('0'))
                        : QStringLiteral("\\u{%1}").arg(uint(code), 4, 16, QLatin1Char('0'));
}

} // namespace

QString visible(const QString &text, bool keepLineBreaks)
{
    QString out;
    bool changed = false;
    for (qsizetype at = 0; at < text.size();) {
        char32_t code = text.at(at).unicode();
        qsizetype length = 1;
        if (text.at(at).isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
            length = 2;
        }
        const bool kept = keepLineBreaks && (code == U'\n' || code == U'\t');
        if (!kept && isInvisible(code)) {
            if (!changed)
                out = text.left(at);
            changed = true;
            out += escaped(code);
        } else if (changed) {
            out += QStringView(text).mid(at, length);
        }
        at += length;
    }
    return changed ? out : text;
}

namespace {

QString checkPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("chemin vide");
    if (path.toUtf8().size() > kMaxPathBytes)
        return QStringLiteral("chemin trop long");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("chemin absolu interdit : ") + path;
    for (const QChar c : path) {
        if (isForbiddenCharacter(c))
            return QStringLiteral("caractère interdit dans « %1 »").arg(path);
    }
    const QStringList components = path.split(QLatin1Char('/'));
    if (components.size() > kMaxDepth)
        return QStringLiteral("trop de dossiers imbriqués : ") + path;
    for (const QString &component : components) {
        if (component.isEmpty())
            return QStringLiteral("nom vide dans « %1 »").arg(path);
        if (component == QLatin1String(".") || component == QLatin1String(".."))
            return QStringLiteral("« . » ou « .. » interdit dans « %1 »").arg(path);
        if (component.toUtf8().size() > kMaxComponentBytes)
            return QStringLiteral("nom trop long dans « %1 »").arg(path);
        if (component.endsWith(QLatin1Char('.')) || component.endsWith(QLatin1Char(' '))
            || component.startsWith(QLatin1Char(' ')))
            return QStringLiteral("un nom ne peut commencer par une espace ni finir par un point ou une "
                                  "espace : « %1 »")
                .arg(path);
    }
    return {};
}

} // namespace

QString check(const QString &path)
{
    // The reason names the path: as it came from a stick, it may hold the very control characters refused.
    return visible(checkPath(path));
}

QString collisionKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString findCollision(const QStringList &paths)
{
    QHash<QString, QString> files; // collision key → path as written
    files.reserve(paths.size());
    for (const QString &path : paths) {
        const QString key = collisionKey(path);
        if (const auto it = files.constFind(key); it != files.constEnd())
            return visible(QStringLiteral("« %1 » et « %2 »").arg(*it, path));
        files.insert(key, path);
    }
    // A file name that is also a folder on the way to another file.
    for (const QString &path : paths) {
        const QString key = collisionKey(path);
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash > 0;
             slash = key.indexOf(QLatin1Char('/'), slash + 1)) {
            if (const auto it = files.constFind(key.left(slash)); it != files.constEnd())
                return visible(QStringLiteral("« %1 » et « %2 »").arg(*it, path));
        }
    }
    return {};
}

} // namespace kiosk::PackPath
