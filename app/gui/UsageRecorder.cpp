// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageRecorder.h"

#include "Logging.h"

#include <QVariantMap>

UsageRecorder::UsageRecorder(kiosk::UsageLog &log, kiosk::UsageLog::Clock clock, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_clock(std::move(clock))
{
}

UsageRecorder::~UsageRecorder()
{
    if (m_visit)
        m_log.record(*m_visit);
}

kiosk::Visit &UsageRecorder::visit()
{
    if (!m_visit) {
        m_visit.emplace(m_clock());
        Q_EMIT visitInProgressChanged();
    }
    return *m_visit;
}

void UsageRecorder::beginVisit()
{
    visit();
}

void UsageRecorder::recordScreen(const QString &page)
{
    visit().screen(page, m_clock());
}

void UsageRecorder::recordView(const QString &kind, const QString &id)
{
    visit().view({kind, id}, m_clock());
}

void UsageRecorder::videoProgress(const QString &interviewId, double fraction)
{
    // A player stopped by the reset must not open the next visitor's session.
    if (m_visit)
        m_visit->videoProgress(interviewId, fraction, m_clock());
}

void UsageRecorder::quizCompleted(const QStringList &jobIds)
{
    visit().quizCompleted(jobIds, m_clock());
}

void UsageRecorder::searchMatched(const QVariantList &hits)
{
    QList<kiosk::ItemRef> items;
    for (const QVariant &hit : hits) {
        const QVariantMap map = hit.toMap();
        items.append({map.value(QStringLiteral("kind")).toString(), map.value(QStringLiteral("id")).toString()});
    }
    visit().searchMatched(items, m_clock());
}

void UsageRecorder::toggleUsed(const QString &name)
{
    visit().toggleUsed(name, m_clock());
}

void UsageRecorder::noteActivity()
{
    if (m_visit)
        m_visit->touch(m_clock());
}

void UsageRecorder::discardVisit()
{
    if (!m_visit)
        return;
    m_visit.reset();
    Q_EMIT visitInProgressChanged();
}

void UsageRecorder::reset()
{
    if (!m_visit)
        return;
    if (!m_log.record(*m_visit))
        qCWarning(lcAnalytics) << "a visit could not be recorded";
    discardVisit();
}
