// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackFormat.h"

#include "PackPath.h"

namespace kiosk {

PackError PackError::make(PackRefusal refusal, const QString &detail)
{
    // Details name files of the stick and quote its sheets: shown to staff and logged, they must not
    // carry a control character to the screen or the technician's terminal.
    return {refusal, refusalMessage(refusal), PackPath::visible(detail)};
}

QString refusalMessage(PackRefusal refusal)
{
    switch (refusal) {
    case PackRefusal::None:
        return {};
    case PackRefusal::NotFound:
        return QStringLiteral("Aucun paquet de contenu lisible à cet endroit.");
    case PackRefusal::MissingSignature:
        return QStringLiteral("Paquet refusé : il n'est pas signé (manifest.json.minisig manquant).");
    case PackRefusal::BadSignature:
        return QStringLiteral("Paquet refusé : la signature ne correspond pas au contenu. "
                              "Le paquet a été modifié après sa signature, ou il est abîmé.");
    case PackRefusal::UnknownKey:
        return QStringLiteral("Paquet refusé : il est signé par une clé que ce kiosque ne connaît pas.");
    case PackRefusal::UnknownFormat:
        return QStringLiteral("Paquet refusé : format de paquet inconnu de ce kiosque "
                              "(paquet trop récent ? mettez le kiosque à jour).");
    case PackRefusal::BadManifest:
        return QStringLiteral("Paquet refusé : le fichier manifest.json est mal formé.");
    case PackRefusal::ManifestTooLarge:
        return QStringLiteral("Paquet refusé : le fichier manifest.json est trop gros.");
    case PackRefusal::BadPath:
        return QStringLiteral("Paquet refusé : un chemin de fichier n'est pas permis "
                              "(chemin absolu, « .. », caractère interdit…).");
    case PackRefusal::PathCollision:
        return QStringLiteral("Paquet refusé : deux fichiers ont le même nom à la casse près "
                              "(ils se confondraient sur une clé USB).");
    case PackRefusal::NotRegularFile:
        return QStringLiteral("Paquet refusé : il contient un lien symbolique ou un fichier spécial.");
    case PackRefusal::UnlistedFile:
        return QStringLiteral("Paquet refusé : il contient un fichier absent du manifeste.");
    case PackRefusal::MissingFile:
        return QStringLiteral("Paquet refusé : un fichier du manifeste est absent.");
    case PackRefusal::SizeMismatch:
        return QStringLiteral("Paquet refusé : la taille d'un fichier ne correspond pas au manifeste.");
    case PackRefusal::HashMismatch:
        return QStringLiteral("Paquet refusé : le contenu d'un fichier ne correspond pas au manifeste "
                              "(fichier modifié ou abîmé).");
    case PackRefusal::FileTooLarge:
        return QStringLiteral("Paquet refusé : un fichier dépasse la taille permise.");
    case PackRefusal::TooManyFiles:
        return QStringLiteral("Paquet refusé : il contient trop de fichiers.");
    case PackRefusal::UnsupportedMedia:
        return QStringLiteral("Paquet refusé : un fichier n'est pas d'un type pris en charge "
                              "(vidéo MP4 ou WebM, image PNG ou JPEG, sous-titres WebVTT, feuille CSV).");
    case PackRefusal::ContentErrors:
        return QStringLiteral("Paquet refusé : le contenu comporte des erreurs.");
    case PackRefusal::VersionMismatch:
        return QStringLiteral("Paquet refusé : la version du manifeste diffère de celle de infos.csv.");
    case PackRefusal::OldVersion:
        return QStringLiteral("Cette version du contenu n'est pas plus récente que celle du kiosque : "
                              "elle n'est installée que sur choix explicite du personnel.");
    case PackRefusal::NotEnoughSpace:
        return QStringLiteral("Mise à jour impossible : pas assez de place sur le disque du kiosque.");
    case PackRefusal::Interrupted:
        return QStringLiteral("Mise à jour interrompue (clé retirée ?). Le contenu actuel est conservé.");
    case PackRefusal::Busy:
        return QStringLiteral("Une autre mise à jour est déjà en cours.");
    case PackRefusal::IoError:
        return QStringLiteral("Mise à jour impossible : erreur de lecture ou d'écriture. "
                              "Le contenu actuel est conservé.");
    }
    return {};
}

} // namespace kiosk
