// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include "analytics/UsageLog.h"
#include "analytics/Visit.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

// What screens tell the statistics (QML: UsageRecorder.recordView("job", id)…). A visitor session
// starts at the first touch after the attract screen (beginVisit(), or implicitly at the first
// recorded screen, view, quiz, search or toggle) and ends at VisitorSession::resetting (reset()):
// it is tallied in memory and written to the UsageLog in one transaction then, so a power cut
// loses at most the current visitor's session. Anonymous: only content ids and fixed names are
// kept — never text a visitor typed (see kiosk::Visit).
class UsageRecorder : public QObject, public QmlSingleton<UsageRecorder>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool visitInProgress READ visitInProgress NOTIFY visitInProgressChanged)

public:
    UsageRecorder(kiosk::UsageLog &log, kiosk::UsageLog::Clock clock, QObject *parent = nullptr);
    // Writes the visit in progress (the kiosk is quitting).
    ~UsageRecorder() override;

    bool visitInProgress() const { return m_visit.has_value(); }

    // The visitor left the attract screen.
    Q_INVOKABLE void beginVisit();
    // A page of Main.qml open() ("jobs", "job", "quiz"…), or "home".
    Q_INVOKABLE void recordScreen(const QString &page);
    // A content card was shown: kind "job", "training", "interview" or "sector", and its id.
    Q_INVOKABLE void recordView(const QString &kind, const QString &id);
    // How far an interview has played (0–1); call on start and as it plays. Ignored outside a visit.
    Q_INVOKABLE void videoProgress(const QString &interviewId, double fraction);
    // The quiz showed its result: the ids of the jobs it proposed.
    Q_INVOKABLE void quizCompleted(const QStringList &jobIds);
    // A search settled on these hits: [{kind: "job", id: "developpeur"}, …] (an empty list for a
    // search that found nothing). Call once the visitor opens a result or leaves the search, not at
    // every keystroke. Never pass the query text.
    Q_INVOKABLE void searchMatched(const QVariantList &hits);
    // A language or accessibility toggle: "language-en", "language-fr", "large-text-on",
    // "large-text-off", "high-contrast-on", "high-contrast-off".
    Q_INVOKABLE void toggleUsed(const QString &name);
    // Any touch (from the idle monitor's activity): extends the current visit's duration.
    Q_INVOKABLE void noteActivity();
    // Drops the visit in progress without writing it (staff opened the staff screen: not a visit).
    Q_INVOKABLE void discardVisit();

public Q_SLOTS:
    // Ends the visit in progress and writes it (connected to VisitorSession::resetting).
    void reset();

Q_SIGNALS:
    void visitInProgressChanged();

private:
    kiosk::Visit &visit();

    kiosk::UsageLog &m_log;
    kiosk::UsageLog::Clock m_clock;
    std::optional<kiosk::Visit> m_visit;
};
