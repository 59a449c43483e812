// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackImporter.h"

#include "ByteSize.h"
#include "ContentLibrary.h"
#include "CrashPoint.h"
#include "FileSync.h"
#include "HashingCopy.h"
#include "Logging.h"
#include "MediaContainer.h"
#include "PackFileType.h"
#include "PackPath.h"
#include "UpdateState.h"
#include "VersionVerifier.h"
#include "authoring/ContentBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QUuid>

namespace kiosk {
namespace {

constexpr int kProblemsShown = 5;

// Removes the import's staging folder whatever way the import ends.
struct StagingGuard
{
    QString dir;
    ~StagingGuard() { QDir(dir).removeRecursively(); }
};

} // namespace

PackImporter::PackImporter(ContentLibrary &library, UpdateState &state, PackLimits limits, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_state(state)
    , m_limits(limits)
{
}

int PackImporter::replayFloor() const
{
    return std::max(m_state.lastAcceptedVersion(), ContentLibrary::versionOf(m_library.activeDir()));
}

void PackImporter::cancel()
{
    m_cancelled = true;
}

PackError PackImporter::checkSpace(qint64 packBytes) const
{
    // The pack is copied once into staging; the version folder beside it links those media (same
    // file system) and adds the database. Twice the pack in case linking fails and the builder copies.
    const qint64 needed = 2 * packBytes + m_limits.reserveBytes;
    const qint64 available = QStorageInfo(m_library.root()).bytesAvailable();
    if (available < needed)
        return PackError::make(PackRefusal::NotEnoughSpace,
                               QStringLiteral("%1 nécessaires, %2 libres")
                                   .arg(frenchByteSize(needed), frenchByteSize(available)));
    return {};
}

PackError PackImporter::copyFiles(const PackInfo &pack, const QString &sourceDir)
{
    const qint64 bytesTotal = pack.manifest.totalBytes();
    const int filesTotal = int(pack.manifest.files.size());
    qint64 bytesDone = 0;
    int filesDone = 0;
    QStringList directories{sourceDir};
    if (!QDir().mkpath(sourceDir))
        return PackError::make(PackRefusal::IoError, sourceDir);
    const auto onChunk = [&](qint64 chunk) {
        bytesDone += chunk;
        CrashPoint::bytesCopied(bytesDone);
        Q_EMIT progress(bytesDone, bytesTotal, filesDone, filesTotal);
        return !m_cancelled.load();
    };
    Q_EMIT progress(0, bytesTotal, 0, filesTotal);
    for (const ManifestFile &file : pack.manifest.files) {
        if (m_cancelled)
            return PackError::make(PackRefusal::Interrupted);
        const QString destination = sourceDir + QLatin1Char('/') + file.path;
        const QString folder = QFileInfo(destination).absolutePath();
        if (!directories.contains(folder)) {
            if (!QDir().mkpath(folder))
                return PackError::make(PackRefusal::IoError, folder);
            directories << folder;
        }
        QByteArray header;
        PackError error = HashingCopy::copy(pack.sourcePath(file), destination, file, onChunk, &header);
        if (!error.ok())
            return error;
        if (const QString why = PackFileType::check(file.path, header); !why.isEmpty())
            return PackError::make(PackRefusal::UnsupportedMedia, why);
        // Read from the verified copy, never from the stick again.
        if (const QString why = MediaContainer::checkWhole(destination, file.path); !why.isEmpty())
            return PackError::make(PackRefusal::UnsupportedMedia, why);
        ++filesDone;
        Q_EMIT progress(bytesDone, bytesTotal, filesDone, filesTotal);
    }
    return {}; // not synced: staging is thrown away; what gets activated is synced in buildAndVerify
}

PackError PackImporter::buildAndVerify(const PackInfo &pack, const QString &sourceDir, const QString &versionDir)
{
    // The staged media are verified copies: the version folder links them instead of copying them again.
    const BuildReport report = ContentBuilder::build(sourceDir, sourceDir, versionDir, ContentBuilder::Media::HardLink);
    if (!report.ok()) {
        QStringList problems;
        for (const ImportProblem &problem : report.problems.mid(0, kProblemsShown))
            problems << problem.toString();
        if (report.problems.size() > kProblemsShown)
            problems << QStringLiteral("… et %1 autre(s)").arg(report.problems.size() - kProblemsShown);
        // A disk that cannot take the new version is not the pack's fault: staff must not be told so.
        const PackRefusal refusal = report.diskFull      ? PackRefusal::NotEnoughSpace
                                    : report.writeFailed ? PackRefusal::IoError
                                                         : PackRefusal::ContentErrors;
        return PackError::make(refusal, problems.join(QStringLiteral(" ; ")));
    }
    if (report.contentVersion != pack.manifest.contentVersion)
        return PackError::make(PackRefusal::VersionMismatch, QStringLiteral("manifeste : %1, infos.csv : %2")
                                                                 .arg(pack.manifest.contentVersion)
                                                                 .arg(report.contentVersion));
    CrashPoint::hit("built");
    if (m_cancelled)
        return PackError::make(PackRefusal::Interrupted);
    Q_EMIT stepChanged(Step::Verifying);
    if (const QString why = VersionVerifier::verify(versionDir, report.contentVersion, report.mediaFiles);
        !why.isEmpty())
        return PackError::make(PackRefusal::ContentErrors, why);
    // Durable before it can be activated: every file (the media's bytes, whose writeback HashingCopy
    // started while copying) and every folder, once, after all writes.
    if (QString why; !FileSync::syncTree(versionDir, &why))
        return PackError::make(PackRefusal::IoError, why);
    return {};
}

PackImporter::Result PackImporter::importPack(const PackInfo &pack, Options options)
{
    m_cancelled = false;
    Result result;
    const auto refuse = [&](PackError error) {
        qCWarning(lcUpdate).noquote() << "import of" << PackPath::visible(pack.packDir) << "refused:" << error.toString();
        result.error = std::move(error);
        return result;
    };
    if (!pack.ok())
        return refuse(pack.error);
    Q_EMIT stepChanged(Step::Checking);
    if (!QDir().mkpath(m_library.root()))
        return refuse(PackError::make(PackRefusal::IoError, m_library.root()));
    QLockFile lock(m_library.lockFilePath());
    lock.setStaleLockTime(0); // an import may take minutes: only a dead holder frees the lock
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return refuse(PackError::make(PackRefusal::Busy));
        return refuse(PackError::make(PackRefusal::IoError,
                                      QStringLiteral("verrou %1 impossible à créer").arg(m_library.lockFilePath())));
    }
    CrashPoint::hit("locked");
    // What an import cut short left (power cut, killed): no other import runs while the lock is held.
    m_library.clearStaging();

    const int version = pack.manifest.contentVersion;
    const int floor = replayFloor();
    if (version <= floor && !options.allowOlderVersion)
        return refuse(PackError::make(PackRefusal::OldVersion,
                                      QStringLiteral("paquet : version %1, kiosque : version %2").arg(version).arg(floor)));
    if (PackError space = checkSpace(pack.manifest.totalBytes()); !space.ok())
        return refuse(space);

    const StagingGuard staging{m_library.stagingDir() + QStringLiteral("/import-")
                               + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    if (!QDir().mkpath(staging.dir))
        return refuse(PackError::make(PackRefusal::IoError, staging.dir));
    const QString sourceDir = staging.dir + QStringLiteral("/source");
    const QString versionDir = staging.dir + QStringLiteral("/version");
    qCInfo(lcUpdate).noquote() << "importing pack" << pack.manifest.packId << "version" << version << "from"
                               << PackPath::visible(pack.packDir);
    Q_EMIT stepChanged(Step::Copying);
    if (PackError error = copyFiles(pack, sourceDir); !error.ok())
        return refuse(error);
    CrashPoint::hit("copied");
    Q_EMIT stepChanged(Step::Building);
    if (PackError error = buildAndVerify(pack, sourceDir, versionDir); !error.ok())
        return refuse(error);
    QDir(sourceDir).removeRecursively(); // room for the switch; the version folder is complete
    CrashPoint::hit("verified");
    if (m_cancelled)
        return refuse(PackError::make(PackRefusal::Interrupted));

    // From here on the import is not cancellable: one atomic switch.
    Q_EMIT stepChanged(Step::Switching);
    // Accepted only once recorded: a version the kiosk cannot remember would let an older pack
    // in again after a rollback.
    const auto record = [&](QString *why) {
        if (m_state.recordAccepted(version, pack.manifest.packId, QDateTime::currentDateTimeUtc()))
            return true;
        *why = QStringLiteral("état des mises à jour impossible à enregistrer");
        return false;
    };
    QString error;
    if (!m_library.install(versionDir, version, &error, record))
        return refuse(PackError::make(PackRefusal::IoError, error));
    CrashPoint::hit("installed");
    result.version = version;
    result.versionDir = m_library.activeDir();
    Q_EMIT stepChanged(Step::Done);
    return result;
}

} // namespace kiosk
