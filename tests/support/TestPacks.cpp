// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPacks.h"

#include "update/PackFormat.h"
#include "update/PackWriter.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QFile>

namespace kiosk::test {
namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool writePackSource(const QString &dir, int version, qint64 videoBytes)
{
    const QDir skeleton(QStringLiteral(KIOSK_PACK_SKELETON_DIR));
    QDir().mkpath(dir);
    for (const QString &name : skeleton.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        QByteArray sheet = readFile(skeleton.filePath(name));
        if (name == QLatin1String("infos.csv")) {
            // The second line starts with the version.
            const qsizetype lineEnd = sheet.indexOf('\n');
            sheet = sheet.left(lineEnd + 1) + QByteArray::number(version) + sheet.mid(sheet.indexOf(',', lineEnd));
        } else if (name == QLatin1String("temoignages.csv")) {
            sheet += "ana,Ana Martin,Développeuse web,Web developer,Une agence de Toulouse,Ana crée des sites."
                     ",Ana builds websites.,media/videos/ana.mp4,media/captions/ana.vtt,Bonjour.,"
                     "media/images/ana.png,,1\n";
        } else if (name == QLatin1String("metiers.csv")) {
            sheet.replace(",bts-sio-slam,,", ",bts-sio-slam,ana,");
        }
        if (!writeFile(QDir(dir).filePath(name), sheet))
            return false;
    }
    // An MP4's frame (MediaContainer): its type box, an empty index box, then the media data box.
    QByteArray video = QByteArray("\0\0\0\x20" "ftypisom\0\0\x02\0isomiso2avc1mp41" "\0\0\0\x08" "moov", 40);
    const quint32 data = quint32(videoBytes - video.size());
    video += QByteArray(1, char(data >> 24)) + char(data >> 16) + char(data >> 8) + char(data) + "mdat";
    video += QByteArray(videoBytes - video.size(), '\x5a');
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    return writeFile(dir + QStringLiteral("/media/videos/ana.mp4"), video)
           && writeFile(dir + QStringLiteral("/media/captions/ana.vtt"),
                        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBonjour.\n")
           && writeFile(dir + QStringLiteral("/media/images/ana.png"), png);
}

TestKey makeKey()
{
    QString error;
    const minisign::KeyFiles files = minisign::generate({});
    return {*minisign::parseSecretKey(files.secretKeyFile, {}, &error),
            *minisign::parsePublicKey(files.publicKeyFile, &error)};
}

bool signPack(const QString &packDir, const minisign::SecretKey &key)
{
    const QByteArray manifest = readFile(QDir(packDir).filePath(PackFormat::manifestName));
    return writeFile(QDir(packDir).filePath(PackFormat::signatureName),
                     minisign::sign(manifest, key, QStringLiteral("test pack")));
}

bool writePack(const QString &sourceDir, const QString &packDir, const minisign::SecretKey &key)
{
    const PackWriter::Result result = PackWriter::write(sourceDir, packDir, {});
    if (!result.ok()) {
        qWarning().noquote() << "test pack not written:" << result.error << result.problems;
        return false;
    }
    return signPack(packDir, key);
}

bool rehashAndSign(const QString &packDir, const minisign::SecretKey &key,
                   const std::function<void(PackManifest &)> &edit)
{
    PackError error;
    std::optional<PackManifest> manifest =
        PackManifest::parse(readFile(QDir(packDir).filePath(PackFormat::manifestName)), PackLimits{}, &error);
    if (!manifest)
        return false;
    for (ManifestFile &file : manifest->files) {
        const QByteArray data = readFile(QDir(packDir).filePath(file.path));
        file.size = data.size();
        file.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }
    if (edit)
        edit(*manifest);
    return writeFile(QDir(packDir).filePath(PackFormat::manifestName), manifest->toJson()) && signPack(packDir, key);
}

} // namespace kiosk::test
