// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackSkeleton.h"

#include <QDir>
#include <QFile>

bool writeSkeleton(const QString &dir, QString *error)
{
    const QDir target(dir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        *error = QStringLiteral("le dossier %1 existe déjà et n'est pas vide.").arg(dir);
        return false;
    }
    for (const char *folder : {"media/videos", "media/captions", "media/images"}) {
        if (!target.mkpath(QLatin1String(folder))) {
            *error = QStringLiteral("impossible de créer ") + target.filePath(QLatin1String(folder));
            return false;
        }
    }
    // The example files travel inside kioskctl (resources from app/kioskctl/skeleton/).
    const QDir examples(QStringLiteral(":/skeleton"));
    for (const QString &name : examples.entryList(QDir::Files)) {
        const QString destination = target.filePath(name);
        if (!QFile::copy(examples.filePath(name), destination)
            || !QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                       | QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
            *error = QStringLiteral("impossible d'écrire ") + destination;
            return false;
        }
    }
    return true;
}
