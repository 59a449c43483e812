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

} // namespace

QString check(const QString &path)
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
            return QStringLiteral("« %1 » et « %2 »").arg(*it, path);
        files.insert(key, path);
    }
    // A file name that is also a folder on the way to another file.
    for (const QString &path : paths) {
        const QString key = collisionKey(path);
        for (qsizetype slash = key.indexOf(QLatin1Char('/')); slash > 0;
             slash = key.indexOf(QLatin1Char('/'), slash + 1)) {
            if (const auto it = files.constFind(key.left(slash)); it != files.constEnd())
                return QStringLiteral("« %1 » et « %2 »").arg(*it, path);
        }
    }
    return {};
}

} // namespace kiosk::PackPath
