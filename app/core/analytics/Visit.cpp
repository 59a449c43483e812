// SPDX-License-Identifier: GPL-3.0-or-later
#include "Visit.h"

#include "Logging.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace kiosk {
namespace {

constexpr int kMaxSearchHits = 10;

const std::array<const QString *, 4> kVideoQuarters = {&UsageMetric::Video25, &UsageMetric::Video50,
                                                      &UsageMetric::Video75, &UsageMetric::Video100};

int quartersReached(double fraction)
{
    if (fraction >= Visit::kCompleteFraction)
        return 4;
    return std::clamp(int(std::floor(fraction * 4)), 0, 3);
}

} // namespace

bool UsageCountKey::operator<(const UsageCountKey &other) const
{
    return std::tie(day, hour, metric, kind, item)
           < std::tie(other.day, other.hour, other.metric, other.kind, other.item);
}

Visit::Visit(const QDateTime &start)
    : m_start(start)
    , m_lastActivity(start)
{
}

qint64 Visit::durationSeconds() const
{
    return qMax<qint64>(0, m_start.secsTo(m_lastActivity));
}

bool Visit::isToken(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return token.match(text).hasMatch();
}

bool Visit::isItemKind(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("job"), QStringLiteral("training"),
                                      QStringLiteral("interview"), QStringLiteral("sector"),
                                      QStringLiteral("lycee"), QStringLiteral("chart")};
    return kinds.contains(kind);
}

void Visit::touch(const QDateTime &at)
{
    if (at > m_lastActivity)
        m_lastActivity = at;
}

void Visit::add(const QDateTime &at, const QString &metric, const QString &kind, const QString &item)
{
    touch(at);
    const QDateTime local = at.toLocalTime();
    ++m_counts[UsageCountKey{local.date(), local.time().hour(), metric, kind, item}];
}

void Visit::screen(const QString &page, const QDateTime &at)
{
    if (!isToken(page)) {
        qCDebug(lcAnalytics) << "ignored a screen name that is not a token";
        return;
    }
    ++m_screens;
    add(at, UsageMetric::Screen, {}, page);
}

void Visit::view(const ItemRef &item, const QDateTime &at)
{
    if (!isItemKind(item.kind) || !isToken(item.id)) {
        qCDebug(lcAnalytics) << "ignored a view of an unknown kind or malformed id";
        return;
    }
    add(at, UsageMetric::View, item.kind, item.id);
}

void Visit::videoProgress(const QString &interviewId, double fraction, const QDateTime &at)
{
    if (!isToken(interviewId) || !std::isfinite(fraction) || fraction < 0)
        return;
    auto reached = m_videoBuckets.find(interviewId);
    if (reached == m_videoBuckets.end()) {
        reached = m_videoBuckets.insert(interviewId, 0);
        add(at, UsageMetric::VideoStart, QStringLiteral("interview"), interviewId);
    }
    const int now = quartersReached(fraction);
    for (int quarter = reached.value(); quarter < now; ++quarter)
        add(at, *kVideoQuarters[size_t(quarter)], QStringLiteral("interview"), interviewId);
    if (now > reached.value())
        reached.value() = now;
    else
        touch(at);
}

void Visit::quizCompleted(const QStringList &proposedJobIds, const QDateTime &at)
{
    add(at, UsageMetric::QuizCompleted);
    for (const QString &job : proposedJobIds) {
        if (isToken(job))
            add(at, UsageMetric::QuizProposed, QStringLiteral("job"), job);
    }
}

void Visit::searchMatched(const QList<ItemRef> &hits, const QDateTime &at)
{
    QList<ItemRef> kept;
    for (const ItemRef &hit : hits) {
        if (kept.size() == kMaxSearchHits)
            break;
        if (isItemKind(hit.kind) && isToken(hit.id) && !kept.contains(hit))
            kept << hit;
    }
    if (m_searched && kept == m_lastSearch) {
        touch(at);
        return;
    }
    m_searched = true;
    m_lastSearch = kept;
    add(at, kept.isEmpty() ? UsageMetric::SearchEmpty : UsageMetric::Search);
    for (const ItemRef &hit : std::as_const(kept))
        add(at, UsageMetric::SearchMatch, hit.kind, hit.id);
}

void Visit::toggleUsed(const QString &name, const QDateTime &at)
{
    if (isToken(name))
        add(at, UsageMetric::Toggle, {}, name);
}

} // namespace kiosk
