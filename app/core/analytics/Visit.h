// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kiosk {

// The metrics a visit counts (the `metric` column of the analytics database).
namespace UsageMetric {
inline const QString Screen = QStringLiteral("screen");              // item: page name
inline const QString View = QStringLiteral("view");                  // kind + item: content card
inline const QString VideoStart = QStringLiteral("video_start");     // item: interview id
inline const QString Video25 = QStringLiteral("video_25");
inline const QString Video50 = QStringLiteral("video_50");
inline const QString Video75 = QStringLiteral("video_75");
inline const QString Video100 = QStringLiteral("video_100");
inline const QString QuizCompleted = QStringLiteral("quiz_completed");
inline const QString QuizProposed = QStringLiteral("quiz_proposed"); // item: job id proposed
inline const QString Search = QStringLiteral("search");              // searches with results
inline const QString SearchEmpty = QStringLiteral("search_empty");   // searches with none
inline const QString SearchMatch = QStringLiteral("search_match");   // kind + item matched
inline const QString Toggle = QStringLiteral("toggle");              // item: toggle name
} // namespace UsageMetric

// A content item a statistic is about: kind ("job", "training", "interview", "sector", "lycee": a
// text of the "Lycée numérique" screen, "chart": a chart of key figures) and id.
struct ItemRef
{
    QString kind;
    QString id;
    bool operator==(const ItemRef &other) const { return kind == other.kind && id == other.id; }
};

// Where one count goes: the hour it happened in, what it counts, and about which item.
struct UsageCountKey
{
    QDate day;
    int hour = 0;
    QString metric;
    QString kind;
    QString item;
    bool operator<(const UsageCountKey &other) const;
};

// One visitor's session, tallied in memory until it ends (reset for the next visitor) and then
// written at once by UsageLog::record(): a power cut loses at most this session.
//
// Anonymous by construction: only ids of content items, page and toggle names are accepted, each
// checked to be a short token (letters, digits, '-', '_', '.'); anything else — such as text a
// visitor typed — is dropped. Counts are per hour.
class Visit
{
public:
    static constexpr double kCompleteFraction = 0.98; // players may never report the last frame

    explicit Visit(const QDateTime &start);

    QDateTime start() const { return m_start; }
    QDateTime lastActivity() const { return m_lastActivity; }
    // First touch to last interaction, in seconds.
    qint64 durationSeconds() const;
    int screens() const { return m_screens; }
    const QMap<UsageCountKey, int> &counts() const { return m_counts; }

    // Any interaction: extends the visit's duration.
    void touch(const QDateTime &at);
    void screen(const QString &page, const QDateTime &at);
    void view(const ItemRef &item, const QDateTime &at);
    // Counts a start the first time an interview plays in this visit, then each of 25/50/75/100 %
    // once, when the fraction played first reaches it.
    void videoProgress(const QString &interviewId, double fraction, const QDateTime &at);
    void quizCompleted(const QStringList &proposedJobIds, const QDateTime &at);
    // A search counts only the content items it matched (first ten); the same hits reported again
    // (typing on) are not counted twice.
    void searchMatched(const QList<ItemRef> &hits, const QDateTime &at);
    void toggleUsed(const QString &name, const QDateTime &at);

    static bool isToken(const QString &text);
    static bool isItemKind(const QString &kind);

private:
    void add(const QDateTime &at, const QString &metric, const QString &kind = {}, const QString &item = {});

    QDateTime m_start;
    QDateTime m_lastActivity;
    int m_screens = 0;
    QMap<UsageCountKey, int> m_counts;
    QMap<QString, int> m_videoBuckets; // interview id → quarters reached so far (0–4)
    QList<ItemRef> m_lastSearch;
    bool m_searched = false;
};

} // namespace kiosk
