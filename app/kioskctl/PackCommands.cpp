// SPDX-License-Identifier: GPL-3.0-or-later
// kioskctl commands of the content update (docs/content-pack.md): keys, packs, import, rollback.
#include "Command.h"
#include "PackSkeleton.h"
#include "Terminal.h"

#include "kiosk/Config.h"
#include "kiosk/DataPaths.h"
#include "update/ContentLibrary.h"
#include "update/Minisign.h"
#include "update/PackDescription.h"
#include "update/PackImporter.h"
#include "update/PackInspector.h"
#include "update/PackWriter.h"
#include "update/UpdateState.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace {

const QString kPubkeyOption = QStringLiteral("pubkey");
const QString kConfigOption = QStringLiteral("config");

QString positional(const QCommandLineParser &parser, int index)
{
    const QStringList arguments = parser.positionalArguments();
    return index < arguments.size() ? arguments.at(index) : QString();
}

// The trusted keys: --pubkey if given, else those named in the kiosk's configuration. None (and
// *error, naming the file and why) when a key given with --pubkey cannot be used, or when none of
// the configured ones can: the pack would otherwise be refused as signed by an unknown key.
std::optional<QList<kiosk::minisign::PublicKey>> trustedKeys(const QCommandLineParser &parser, QString *error)
{
    QStringList paths = parser.values(kPubkeyOption);
    const bool given = !paths.isEmpty();
    if (!given) {
        const kiosk::Config config = kiosk::Config::load(
            kiosk::Config::locate(parser.value(kConfigOption), dataDirectory(parser)));
        paths = config.trustedKeys;
    }
    QStringList problems;
    QList<kiosk::minisign::PublicKey> keys = kiosk::PackInspector::loadKeys(paths, &problems);
    if (!problems.isEmpty() && (given || keys.isEmpty())) {
        *error = problems.join(QStringLiteral(" ; "));
        return std::nullopt;
    }
    return keys;
}

void declareKeyOptions(QCommandLineParser &parser)
{
    parser.addOption({kPubkeyOption,
                      QStringLiteral("Clé publique de confiance (fichier .pub ou dossier), au lieu de celles de "
                                     "kiosk.ini. Option répétable."),
                      QStringLiteral("PUB")});
    parser.addOption({kConfigOption, QStringLiteral("Fichier de configuration du kiosque."), QStringLiteral("FILE")});
}

// A pack folder given directly, or a stick / inbox holding kiosk-pack/.
QString packFolder(const QString &given)
{
    const QString inside = QDir(given).filePath(kiosk::PackFormat::folderName);
    return QFileInfo(inside).isDir() ? inside : given;
}

// Runs an import, printing the progress on stderr.
kiosk::PackImporter::Result runImport(kiosk::PackImporter &importer, const kiosk::PackInfo &pack, bool force)
{
    ProgressPrinter printer;
    QObject::connect(&importer, &kiosk::PackImporter::progress, &importer,
                     [&](qint64 done, qint64 total, int files, int filesTotal) {
                         printer.show(done, total, files, filesTotal);
                     });
    QObject::connect(&importer, &kiosk::PackImporter::stepChanged, &importer,
                     [&](kiosk::PackImporter::Step step) { printer.step(step); });
    const kiosk::PackImporter::Result result = importer.importPack(pack, {force});
    printer.finish();
    return result;
}

int keygen(QCommandLineParser &parser)
{
    const QString base = parser.value(QStringLiteral("out")).isEmpty() ? QStringLiteral("kiosk-signature")
                                                                        : parser.value(QStringLiteral("out"));
    const QString publicFile = base + QStringLiteral(".pub");
    const QString secretFile = base + QStringLiteral(".key");
    if (!parser.isSet(QStringLiteral("force")) && (QFileInfo::exists(publicFile) || QFileInfo::exists(secretFile)))
        return fail(QStringLiteral("%1 ou %2 existe déjà (--force pour remplacer).").arg(publicFile, secretFile));
    QByteArray password;
    if (!parser.isSet(QStringLiteral("no-password"))) {
        password = readPassword(QStringLiteral("Mot de passe de la nouvelle clé : "), true);
        if (password.isEmpty())
            return fail(QStringLiteral("mot de passe vide : choisissez-en un, ou --no-password."));
    }
    err() << "Création de la clé (le chiffrement par mot de passe prend quelques secondes)…" << Qt::endl;
    const kiosk::minisign::KeyFiles files = kiosk::minisign::generate(password);
    QString error;
    if (!writeFileAtomically(secretFile, files.secretKeyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &error)
        || !writeFileAtomically(publicFile, files.publicKeyFile,
                                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther,
                                &error))
        return fail(error);
    out() << "Clé publique : " << publicFile << " (à installer sur chaque kiosque, dans /etc/kiosk/keys/)\n"
          << "Clé secrète  : " << secretFile << " (à garder pour vous : elle signe les paquets)" << Qt::endl;
    return 0;
}

int packInit(QCommandLineParser &parser)
{
    const QString dir = positional(parser, 0);
    if (dir.isEmpty())
        return fail(QStringLiteral("indiquez le dossier à créer."));
    QString error;
    if (!writeSkeleton(dir, &error))
        return fail(error);
    out() << "Squelette de contenu créé dans " << dir << ".\nModifiez les feuilles CSV (docs/authoring.md), "
          << "ajoutez vos médias dans " << dir << "/media, puis : kioskctl pack build " << dir << " -o DOSSIER"
          << Qt::endl;
    return 0;
}

int packBuild(QCommandLineParser &parser)
{
    const QString source = positional(parser, 0);
    const QString output = parser.value(QStringLiteral("output"));
    if (source.isEmpty() || output.isEmpty())
        return fail(QStringLiteral("usage : kioskctl pack build DOSSIER_SOURCE -o DOSSIER_PAQUET"), 2);
    kiosk::PackWriter::Options options;
    options.packId = parser.value(QStringLiteral("id"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    const kiosk::PackWriter::Result result = kiosk::PackWriter::write(source, output, options);
    if (!result.ok()) {
        for (const QString &problem : result.problems)
            err() << "  " << problem << '\n';
        return fail(result.error);
    }
    out() << "Paquet écrit dans " << output << " : " << kiosk::PackDescription::facts(result.manifest) << '\n';
    if (const QString advice = kiosk::PackDescription::videoFormatAdvice(result.manifest); !advice.isEmpty())
        out() << advice << '\n';
    out() << "Signez-le maintenant : kioskctl pack sign " << output << " --key VOTRE_CLE.key" << Qt::endl;
    return 0;
}

int packSign(QCommandLineParser &parser)
{
    const QString dir = packFolder(positional(parser, 0));
    const QString keyFile = parser.value(QStringLiteral("key"));
    if (dir.isEmpty() || keyFile.isEmpty())
        return fail(QStringLiteral("usage : kioskctl pack sign DOSSIER_PAQUET --key CLE_SECRETE"), 2);
    QFile manifestFile(QDir(dir).filePath(kiosk::PackFormat::manifestName));
    QFile secret(keyFile);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1 introuvable : construisez d'abord le paquet (kioskctl pack build).")
                        .arg(manifestFile.fileName()));
    if (!secret.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("clé secrète illisible : ") + keyFile);
    const QByteArray manifestBytes = manifestFile.readAll();
    const QByteArray secretText = secret.readAll();
    kiosk::PackError problem;
    const auto manifest = kiosk::PackManifest::parse(manifestBytes, kiosk::PackLimits{}, &problem);
    if (!manifest)
        return fail(problem.toString());
    const QByteArray password = kiosk::minisign::isEncrypted(secretText)
                                    ? readPassword(QStringLiteral("Mot de passe de la clé : "), false)
                                    : QByteArray();
    QString error;
    const auto key = kiosk::minisign::parseSecretKey(secretText, password, &error);
    if (!key)
        return fail(error);
    const QString comment = kiosk::minisign::defaultTrustedComment(kiosk::PackFormat::manifestName,
                                                                   QDateTime::currentSecsSinceEpoch())
                            + QStringLiteral("\tpack:%1\tversion:%2").arg(manifest->packId).arg(manifest->contentVersion);
    const QString signatureFile = QDir(dir).filePath(kiosk::PackFormat::signatureName);
    if (!writeFileAtomically(signatureFile, kiosk::minisign::sign(manifestBytes, *key, comment),
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                 | QFileDevice::ReadOther,
                             &error))
        return fail(error);
    out() << "Paquet signé avec la clé " << key->publicKey().keyIdHex() << " : " << signatureFile << Qt::endl;
    return 0;
}

int packVerify(QCommandLineParser &parser)
{
    const QString dir = packFolder(positional(parser, 0));
    if (dir.isEmpty())
        return fail(QStringLiteral("indiquez le dossier du paquet."), 2);
    QString keyError;
    const auto keys = trustedKeys(parser, &keyError);
    if (!keys)
        return fail(keyError);
    const kiosk::PackInspector inspector(*keys, kiosk::PackLimits{});
    const kiosk::PackInfo pack = inspector.inspect(dir);
    if (!pack.ok())
        return fail(pack.error.toString());
    out() << "Signature valide (clé " << pack.keyId << ", « " << pack.trustedComment << " »).\n"
          << kiosk::PackDescription::headline(pack.manifest) << Qt::endl;
    // Everything the kiosk would do, into a throw-away content folder: hashes, file types, content.
    QTemporaryDir scratch;
    kiosk::ContentLibrary library(scratch.filePath(QStringLiteral("content")));
    kiosk::UpdateState state(scratch.filePath(QStringLiteral("state.ini")));
    kiosk::PackImporter importer(library, state, inspector.limits());
    const kiosk::PackImporter::Result result = runImport(importer, pack, true);
    if (!result.ok())
        return fail(result.error.toString());
    out() << "Paquet vérifié : le kiosque l'accepterait." << Qt::endl;
    return 0;
}

int import(QCommandLineParser &parser)
{
    const QString dir = packFolder(positional(parser, 0));
    if (dir.isEmpty())
        return fail(QStringLiteral("indiquez le dossier du paquet (ou de la clé USB)."), 2);
    const kiosk::DataPaths paths(dataDirectory(parser));
    QString keyError;
    const auto keys = trustedKeys(parser, &keyError);
    if (!keys)
        return fail(keyError);
    const kiosk::PackInspector inspector(*keys, kiosk::PackLimits{});
    const kiosk::PackInfo pack = inspector.inspect(dir);
    if (!pack.ok())
        return fail(pack.error.toString());
    kiosk::ContentLibrary library(paths.contentRoot());
    kiosk::UpdateState state(paths.stateFile());
    kiosk::PackImporter importer(library, state, inspector.limits());
    const bool force = parser.isSet(QStringLiteral("force"));
    out() << kiosk::PackDescription::headline(pack.manifest) << "\n« " << pack.manifest.title << " » (clé "
          << pack.keyId << ")" << Qt::endl;
    if (pack.manifest.contentVersion <= importer.replayFloor() && !force)
        return fail(kiosk::refusalMessage(kiosk::PackRefusal::OldVersion)
                    + QStringLiteral(" Version du kiosque : %1. Ajoutez --force pour l'installer quand même.")
                          .arg(importer.replayFloor()));
    if (!parser.isSet(QStringLiteral("yes")) && !confirm(QStringLiteral("Installer cette mise à jour ? [o/N] ")))
        return fail(QStringLiteral("abandon : rien n'a été modifié."));
    const kiosk::PackImporter::Result result = runImport(importer, pack, force);
    if (!result.ok())
        return fail(result.error.toString());
    out() << "Contenu version " << result.version << " installé et actif (" << result.versionDir
          << ").\nUn kiosque en marche le charge de lui-même. Retour arrière : kioskctl rollback" << Qt::endl;
    return 0;
}

int rollback(QCommandLineParser &parser)
{
    const kiosk::DataPaths paths(dataDirectory(parser));
    kiosk::ContentLibrary library(paths.contentRoot());
    const int from = kiosk::ContentLibrary::versionOf(library.activeDir());
    QString error;
    if (!library.rollback(&error))
        return fail(library.previousDir().isEmpty()
                        ? QStringLiteral("retour arrière impossible : aucune version précédente n'est conservée.")
                        : QStringLiteral("retour arrière impossible : erreur d'écriture sur le disque du kiosque (%1). "
                                         "Le contenu actuel est conservé.")
                              .arg(error));
    out() << "Contenu ramené à la version " << kiosk::ContentLibrary::versionOf(library.activeDir())
          << " (la version " << from << " reste disponible : relancez kioskctl rollback pour y revenir)." << Qt::endl;
    return 0;
}

} // namespace

CommandList packCommands()
{
    const auto none = [](QCommandLineParser &) {};
    return {
        {{QStringLiteral("keygen")},
         QStringLiteral("[--out BASE] [--no-password] [--force]"),
         QStringLiteral("Crée une paire de clés de signature minisign (BASE.pub et BASE.key)."),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("out"), QStringLiteral("Début des noms de fichiers (défaut : kiosk-signature)."),
                               QStringLiteral("BASE")});
             parser.addOption({QStringLiteral("no-password"),
                               QStringLiteral("Clé secrète sans mot de passe (déconseillé).")});
             parser.addOption({QStringLiteral("force"), QStringLiteral("Remplace des clés existantes.")});
         },
         keygen},
        {{QStringLiteral("pack"), QStringLiteral("init")},
         QStringLiteral("DOSSIER"),
         QStringLiteral("Crée un dossier source d'exemple (feuilles CSV et dossiers de médias)."),
         [](QCommandLineParser &parser) { parser.addPositionalArgument(QStringLiteral("DOSSIER"), QStringLiteral("à créer")); },
         packInit},
        {{QStringLiteral("pack"), QStringLiteral("build")},
         QStringLiteral("SOURCE -o DOSSIER_PAQUET [--id ID] [--replace]"),
         QStringLiteral("Vérifie le contenu comme le kiosque et écrit le paquet (fichiers + manifest.json)."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("dossier des feuilles et médias"));
             parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                               QStringLiteral("Dossier du paquet à écrire (ex. /media/cle/kiosk-pack)."),
                               QStringLiteral("DOSSIER")});
             parser.addOption({QStringLiteral("id"), QStringLiteral("Identifiant du paquet."), QStringLiteral("ID")});
             parser.addOption({QStringLiteral("replace"), QStringLiteral("Remplace un paquet existant.")});
         },
         packBuild},
        {{QStringLiteral("pack"), QStringLiteral("sign")},
         QStringLiteral("DOSSIER_PAQUET --key CLE_SECRETE"),
         QStringLiteral("Signe manifest.json (manifest.json.minisig) ; vérifiable avec minisign -V."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("DOSSIER_PAQUET"), QStringLiteral("paquet construit"));
             parser.addOption({QStringLiteral("key"), QStringLiteral("Clé secrète minisign."), QStringLiteral("CLE")});
         },
         packSign},
        {{QStringLiteral("pack"), QStringLiteral("verify")},
         QStringLiteral("DOSSIER_PAQUET [--pubkey PUB]"),
         QStringLiteral("Vérifie un paquet signé comme le kiosque, sans rien installer."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("DOSSIER_PAQUET"), QStringLiteral("paquet signé"));
             declareKeyOptions(parser);
         },
         packVerify},
        {{QStringLiteral("import")},
         QStringLiteral("DOSSIER_PAQUET [--yes] [--force] [--pubkey PUB]"),
         QStringLiteral("Installe un paquet signé (même contrôle que le kiosque)."),
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("DOSSIER_PAQUET"), QStringLiteral("paquet ou clé USB"));
             parser.addOption({QStringLiteral("yes"), QStringLiteral("Ne pas demander de confirmation.")});
             parser.addOption({QStringLiteral("force"),
                               QStringLiteral("Installer même une version plus ancienne ou égale à l'actuelle.")});
             declareKeyOptions(parser);
         },
         import},
        {{QStringLiteral("rollback")},
         QString(),
         QStringLiteral("Revient à la version de contenu précédente (et inversement)."),
         none,
         rollback},
    };
}
