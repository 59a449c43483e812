// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"
#include "update/PackImporter.h"
#include "update/PackInspector.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class Clock;
class ContentLibrary;
class ContentStore;
class UpdateState;
class VolumeWatcher;
} // namespace kiosk

// The content update as the staff screen sees it (qml/components/UpdatePanel.qml). A pack that
// appears (VolumeWatcher) is inspected at once — signature and manifest — and shown only to staff:
// "Mise à jour disponible : version N, date, X fiches, Y vidéos, taille", or why it is refused.
// apply() (from the staff screen, so after the PIN; or by itself when kiosk.ini allows) runs the
// import in a worker thread while visitors keep using the kiosk, then reopens the content in place:
// every model re-reads on ContentStore::reopened, no restart. rollback() goes back one version.
// A content switch made outside (kioskctl import / rollback) is noticed and loaded too.
// Nothing here is visitor state: a visitor reset leaves it alone (properties STORED false).
class UpdateController : public QObject, public QmlSingleton<UpdateController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed STORED false)
    Q_PROPERTY(QString headline READ headline NOTIFY changed STORED false)
    Q_PROPERTY(QString packTitle READ packTitle NOTIFY changed STORED false)
    Q_PROPERTY(QString message READ message NOTIFY changed STORED false)
    Q_PROPERTY(QString detail READ detail NOTIFY changed STORED false)
    Q_PROPERTY(bool needsForce READ needsForce NOTIFY changed STORED false)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged STORED false)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged STORED false)
    Q_PROPERTY(QString stepText READ stepText NOTIFY progressChanged STORED false)
    Q_PROPERTY(int activeVersion READ activeVersion NOTIFY changed STORED false)
    Q_PROPERTY(int previousVersion READ previousVersion NOTIFY changed STORED false)

public:
    enum State {
        Idle,      // no pack
        Available, // a verified pack waits for staff (needsForce: not newer than the active content)
        Refused,   // a pack was found but refused (bad signature, bad manifest…): message says why
        Importing,
        Succeeded,
        Failed,    // the import stopped; the old content is still active
    };
    Q_ENUM(State)

    struct Settings
    {
        bool autoApply = false; // install a newer, valid pack without waiting for staff
    };

    UpdateController(kiosk::ContentStore &store, kiosk::ContentLibrary &library, kiosk::UpdateState &updateState,
                     const kiosk::PackInspector &inspector, kiosk::VolumeWatcher &watcher, const kiosk::Clock &clock,
                     Settings settings, QObject *parent = nullptr);
    ~UpdateController() override;

    State state() const { return m_state; }
    QString headline() const { return m_headline; }
    QString packTitle() const { return m_packTitle; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    bool needsForce() const { return m_needsForce; }
    double progress() const;
    QString progressText() const;
    QString stepText() const;
    int activeVersion() const;
    int previousVersion() const;

    // Installs the pack shown. force: staff chose a version not newer than the active one.
    Q_INVOKABLE void apply(bool force = false);
    // Stops a running import (nothing changes) — also done when the stick is pulled out.
    Q_INVOKABLE void cancel();
    // Makes the previous content version active again (and the current one previous).
    Q_INVOKABLE void rollback();
    // Forgets a refusal or a result message (a pack still present is shown again).
    Q_INVOKABLE void dismiss();

    // Inspects the packs now present (VolumeWatcher::packsChanged).
    void packsChanged(const QStringList &packDirs);
    void packRemoved(const QString &packDir);

Q_SIGNALS:
    void changed();
    void progressChanged();
    // The content was reopened on another version (after an import or a rollback).
    void contentSwitched(int version);

private:
    void setState(State state, const QString &message = {}, const QString &detail = {});
    void showPack(const kiosk::PackInfo &pack);
    void importFinished();
    void reloadIfSwitched();

    kiosk::ContentStore &m_store;
    kiosk::ContentLibrary &m_library;
    const kiosk::PackInspector &m_inspector;
    const kiosk::Clock &m_clock;
    Settings m_settings;
    kiosk::PackImporter m_importer;
    QFileSystemWatcher m_contentWatcher;
    QPointer<QThread> m_worker;
    kiosk::PackImporter::Result m_result;

    State m_state = Idle;
    QStringList m_packDirs; // packs present, as last reported by the watcher
    kiosk::PackInfo m_pack;
    QString m_headline, m_packTitle, m_message, m_detail;
    bool m_needsForce = false;
    kiosk::PackImporter::Step m_step = kiosk::PackImporter::Step::Checking;
    qint64 m_bytesDone = 0, m_bytesTotal = 0, m_startedMs = 0;
    int m_filesDone = 0, m_filesTotal = 0;
};
