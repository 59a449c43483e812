// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestAnalytics.h"

#include "analytics/UsageLog.h"
#include "analytics/Visit.h"

namespace kiosk::test {

bool recordSampleVisits(UsageLog &log, const QDate &day)
{
    const auto at = [&day](int hour, int minute, int second = 0) {
        return QDateTime(day, QTime(hour, minute, second));
    };

    Visit first(at(9, 10));
    first.screen(QStringLiteral("jobs"), at(9, 10, 5));
    first.screen(QStringLiteral("job"), at(9, 10, 20));
    first.view({QStringLiteral("job"), QStringLiteral("developpeur")}, at(9, 10, 20));
    first.view({QStringLiteral("job"), QStringLiteral("analyste-cyber")}, at(9, 10, 40));
    for (double fraction : {0.0, 0.3, 0.6, 0.8, 1.0})
        first.videoProgress(QStringLiteral("romain"), fraction, at(9, 11));
    first.toggleUsed(QStringLiteral("language-en"), at(9, 11, 30));
    first.touch(at(9, 12));

    Visit second(at(10, 5));
    second.view({QStringLiteral("job"), QStringLiteral("developpeur")}, at(10, 5, 10));
    second.videoProgress(QStringLiteral("romain"), 0.0, at(10, 5, 20));
    second.videoProgress(QStringLiteral("romain"), 0.3, at(10, 5, 30));
    second.quizCompleted({QStringLiteral("developpeur"), QStringLiteral("game-designer")}, at(10, 5, 40));
    second.searchMatched({{QStringLiteral("job"), QStringLiteral("developpeur")}}, at(10, 6));

    Visit third(at(10, 40));
    third.view({QStringLiteral("job"), QStringLiteral("developpeur")}, at(10, 41));
    third.view({QStringLiteral("training"), QStringLiteral("bts-sio-slam")}, at(10, 42));
    third.searchMatched({}, at(10, 45));

    return log.record(first) && log.record(second) && log.record(third);
}

} // namespace kiosk::test
