// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace kiosk {

// The periods the staff screen shows. Event: since staff last reset the statistics.
enum class UsagePeriod { Today, Event, AllTime };

// A content item and how many times something happened to it.
struct RankedItem
{
    QString kind;
    QString id;
    int count = 0;
};

// How far an interview was watched: starts, then sessions that reached 25/50/75/100 %.
struct VideoStats
{
    QString id;
    int starts = 0;
    std::array<int, 4> reached{}; // 25, 50, 75, 100 %
    // Share of starts watched to the end (0 when never started).
    double completionRate() const { return starts > 0 ? double(reached[3]) / starts : 0.0; }
};

// What the staff screen, `kioskctl stats` and the JSON summary show for one period.
struct UsageReport
{
    static constexpr int kTopCount = 10;

    UsagePeriod period = UsagePeriod::AllTime;
    QDateTime eventStarted; // start of the current event
    int sessions = 0;
    qint64 totalSeconds = 0;
    int screens = 0;
    std::array<int, 24> visitsByHour{}; // sessions started in each hour of the day (local time)
    QList<RankedItem> topJobs;          // most viewed job cards, best first (at most kTopCount)
    QList<RankedItem> topTrainings;
    QList<VideoStats> interviews;       // most started interviews first (at most kTopCount)
    int quizCompletions = 0;
    QList<RankedItem> quizProposals;    // jobs the quiz proposed, most often first
    int searches = 0;                   // searches that matched something
    int searchesWithoutResult = 0;
    QList<RankedItem> searchMatches;    // items searches matched, most often first
    QMap<QString, int> toggles;         // toggle name → times used
    QMap<QString, int> screensByPage;   // page name → times opened

    double meanSessionSeconds() const { return sessions > 0 ? double(totalSeconds) / sessions : 0.0; }
};

} // namespace kiosk
