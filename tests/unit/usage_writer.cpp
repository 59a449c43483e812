// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_usagedurability: records visits into the statistics database given as
// argument as fast as it can, printing the number of visits committed after each one, with the
// next visit always in progress — until the test kills it with SIGKILL.
#include "analytics/UsageLog.h"
#include "analytics/Visit.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    kiosk::UsageLog log;
    if (!log.open(app.arguments().at(1)))
        return 1;
    QTextStream out(stdout);
    for (int committed = 1; committed <= 100000; ++committed) {
        const QDateTime now = QDateTime::currentDateTime();
        kiosk::Visit visit(now);
        visit.screen(QStringLiteral("jobs"), now);
        for (const char *job : {"developpeur", "analyste-cyber", "game-designer", "technicien-reseau"})
            visit.view({QStringLiteral("job"), QString::fromLatin1(job)}, now);
        visit.videoProgress(QStringLiteral("romain"), 1.0, now);
        visit.quizCompleted({QStringLiteral("developpeur")}, now);
        if (!log.record(visit))
            return 1;
        out << committed << Qt::endl;
    }
    return 0;
}
