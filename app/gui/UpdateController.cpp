// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpdateController.h"

#include "Logging.h"
#include "content/ContentStore.h"
#include "kiosk/Clock.h"
#include "update/ContentLibrary.h"
#include "update/PackDescription.h"
#include "update/PackPath.h"
#include "update/UpdateState.h"
#include "update/VolumeWatcher.h"

#include <QDir>

UpdateController::UpdateController(kiosk::ContentStore &store, kiosk::ContentLibrary &library,
                                   kiosk::UpdateState &updateState, const kiosk::PackInspector &inspector,
                                   kiosk::VolumeWatcher &watcher, const kiosk::Clock &clock, Settings settings,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_library(library)
    , m_inspector(inspector)
    , m_clock(clock)
    , m_settings(settings)
    , m_importer(library, updateState, inspector.limits())
{
    // The importer runs in a worker thread: its signals arrive here queued.
    connect(&m_importer, &kiosk::PackImporter::progress, this,
            [this](qint64 done, qint64 total, int files, int filesTotal) {
                m_bytesDone = done;
                m_bytesTotal = total;
                m_filesDone = files;
                m_filesTotal = filesTotal;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    connect(&m_importer, &kiosk::PackImporter::stepChanged, this,
            [this](kiosk::PackImporter::Step step) {
                m_step = step;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    connect(&watcher, &kiosk::VolumeWatcher::packsChanged, this, &UpdateController::packsChanged);
    connect(&watcher, &kiosk::VolumeWatcher::packRemoved, this, &UpdateController::packRemoved);
    // `current` is replaced by a rename in the content root: kioskctl import / rollback show here.
    QDir().mkpath(m_library.root());
    m_contentWatcher.addPath(m_library.root());
    connect(&m_contentWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (m_state != Importing) // the import's own switch is loaded when it finishes
            reloadIfSwitched();
    });
}

UpdateController::~UpdateController()
{
    if (m_worker) {
        m_importer.cancel();
        m_worker->wait();
    }
}

double UpdateController::progress() const
{
    return m_bytesTotal > 0 ? double(m_bytesDone) / double(m_bytesTotal) : 0.0;
}

QString UpdateController::progressText() const
{
    if (m_state != Importing)
        return {};
    return kiosk::PackDescription::progress(m_bytesDone, m_bytesTotal, m_filesDone, m_filesTotal,
                                            m_clock.monotonicMs() - m_startedMs);
}

QString UpdateController::stepText() const
{
    if (m_state != Importing)
        return {};
    switch (m_step) {
    case kiosk::PackImporter::Step::Checking:
        return tr("Vérifications…");
    case kiosk::PackImporter::Step::Copying:
        return tr("Copie et contrôle des fichiers…");
    case kiosk::PackImporter::Step::Building:
        return tr("Construction du contenu…");
    case kiosk::PackImporter::Step::Verifying:
        return tr("Contrôle du contenu construit…");
    case kiosk::PackImporter::Step::Switching:
    case kiosk::PackImporter::Step::Done:
        return tr("Bascule vers le nouveau contenu…");
    }
    return {};
}

int UpdateController::activeVersion() const
{
    return m_store.info().version;
}

int UpdateController::previousVersion() const
{
    return kiosk::ContentLibrary::versionOf(m_library.previousDir());
}

void UpdateController::setState(State state, const QString &message, const QString &detail)
{
    m_state = state;
    m_message = message;
    m_detail = detail;
    Q_EMIT changed();
    Q_EMIT progressChanged();
}

void UpdateController::showPack(const kiosk::PackInfo &pack)
{
    m_pack = pack;
    if (!pack.ok()) {
        // A stranger's stick: logged, and shown to staff only.
        qCWarning(lcUpdate).noquote() << "content pack refused:" << kiosk::PackPath::visible(pack.packDir)
                                      << pack.error.toString();
        m_headline = tr("Paquet de contenu refusé");
        m_packTitle.clear();
        m_needsForce = false;
        setState(Refused, pack.error.message, pack.error.detail);
        return;
    }
    const kiosk::PackManifest &manifest = pack.manifest;
    m_headline = kiosk::PackDescription::headline(manifest);
    m_packTitle = tr("« %1 », signé par la clé %2").arg(manifest.title, pack.keyId);
    m_needsForce = manifest.contentVersion <= m_importer.replayFloor();
    qCInfo(lcUpdate).noquote() << "content pack found:" << kiosk::PackPath::visible(pack.packDir) << "version"
                               << manifest.contentVersion;
    setState(Available, m_needsForce ? kiosk::refusalMessage(kiosk::PackRefusal::OldVersion) : QString());
    if (m_settings.autoApply && !m_needsForce)
        apply(false);
}

void UpdateController::packsChanged(const QStringList &packDirs)
{
    m_packDirs = packDirs;
    // An outcome waits for staff to read it (dismiss()), unless nobody is expected: a kiosk that
    // applies packs by itself takes the next one that appears.
    const bool outcomeShown = m_state == Succeeded || m_state == Failed;
    if (m_state == Importing || (outcomeShown && !m_settings.autoApply))
        return;
    // Several packs (two sticks, a stick and the inbox): the newest valid one, else the first refusal.
    std::optional<kiosk::PackInfo> best, refused;
    for (const QString &dir : packDirs) {
        kiosk::PackInfo pack = m_inspector.inspect(dir);
        if (!pack.ok()) {
            if (!refused)
                refused = std::move(pack);
        } else if (!best || pack.manifest.contentVersion > best->manifest.contentVersion) {
            best = std::move(pack);
        }
    }
    if (best)
        showPack(*best);
    else if (refused)
        showPack(*refused);
    else if (m_state == Available || m_state == Refused)
        setState(Idle);
}

void UpdateController::packRemoved(const QString &packDir)
{
    if (m_pack.packDir != QDir(packDir).absolutePath())
        return;
    if (m_state == Importing)
        m_importer.cancel();
    else if (m_state == Available || m_state == Refused)
        setState(Idle);
}

void UpdateController::apply(bool force)
{
    if (m_state != Available || m_worker || (m_needsForce && !force))
        return;
    m_bytesDone = m_filesDone = 0;
    m_bytesTotal = m_pack.manifest.totalBytes();
    m_filesTotal = int(m_pack.manifest.files.size());
    m_step = kiosk::PackImporter::Step::Checking;
    m_startedMs = m_clock.monotonicMs();
    setState(Importing);
    const kiosk::PackInfo pack = m_pack;
    m_worker = QThread::create([this, pack, force] { m_result = m_importer.importPack(pack, {force}); });
    connect(m_worker, &QThread::finished, this, &UpdateController::importFinished);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

void UpdateController::cancel()
{
    if (m_state == Importing)
        m_importer.cancel();
}

void UpdateController::importFinished()
{
    m_worker = nullptr;
    if (!m_result.ok()) {
        setState(Failed, m_result.error.message, m_result.error.detail);
        return;
    }
    reloadIfSwitched();
    setState(Succeeded, tr("Contenu version %1 installé. La version précédente reste disponible.").arg(m_result.version));
}

void UpdateController::rollback()
{
    if (m_state == Importing)
        return;
    QString error;
    if (!m_library.rollback(&error)) {
        qCWarning(lcUpdate).noquote() << "rollback failed:" << error;
        setState(Failed, m_library.previousDir().isEmpty()
                             ? tr("Retour arrière impossible : aucune version précédente n'est conservée.")
                             : tr("Retour arrière impossible : erreur d'écriture sur le disque du kiosque. "
                                  "Le contenu actuel est conservé."));
        return;
    }
    reloadIfSwitched();
    setState(Succeeded, tr("Retour à la version %1 du contenu.").arg(activeVersion()));
}

void UpdateController::dismiss()
{
    if (m_state == Refused || m_state == Succeeded || m_state == Failed) {
        setState(Idle);
        packsChanged(m_packDirs);
    }
}

void UpdateController::reloadIfSwitched()
{
    const QString active = m_library.activeDir();
    const QString shown = m_store.contentDir();
    if (active.isEmpty() || active == shown)
        return;
    if (!m_store.reopen(active)) {
        // Verified before the switch, so this should not happen; keep showing what was shown.
        qCWarning(lcUpdate).noquote() << "cannot open the new content" << active << ":" << m_store.errorString();
        m_store.reopen(shown);
        return;
    }
    qCInfo(lcUpdate).noquote() << "content reloaded in place:" << active;
    Q_EMIT contentSwitched(activeVersion());
    Q_EMIT changed();
}
