// SPDX-License-Identifier: GPL-3.0-or-later
// Search latency as a visitor types: every prefix of each query, as the search screen sends them.
// Usage: bench_search CONTENT_DIR [ROUNDS]   → prints "search p50_ms p99_ms queries"
// KIOSK_BENCH_VERBOSE=1 also prints each prefix's time of the last round on stderr.
#include "content/ContentStore.h"
#include "content/Search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_search CONTENT_DIR [ROUNDS]\n";
        return 2;
    }
    kiosk::ContentStore store;
    if (!store.open(args.at(1))) {
        QTextStream(stderr) << store.errorString() << '\n';
        return 1;
    }
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    const QStringList queries = {
        QStringLiteral("développeur"), QStringLiteral("cybersecurite"), QStringLiteral("codeur"),
        QStringLiteral("jeux video"),  QStringLiteral("bts sio"),       QStringLiteral("devlopeur"),
        QStringLiteral("robotisien"),  QStringLiteral("data"),          QStringLiteral("infirmier"),
        QStringLiteral("technicienne reseau"), QStringLiteral("intelligence artificielle"),
        QStringLiteral("formation cybersécurité"),   // since session 20: trainings asked, of the jobs too
    };
    const bool verbose = qEnvironmentVariableIsSet("KIOSK_BENCH_VERBOSE"); // each prefix's time on stderr
    const kiosk::Search search(store);
    std::vector<double> samples;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (int length = 1; length <= query.size(); ++length) {
                timer.start();
                const auto hits = search.find(query.left(length), kiosk::Language::French);
                samples.push_back(timer.nsecsElapsed() / 1e6);
                if (verbose && round == rounds - 1)
                    QTextStream(stderr) << query.left(length) << '\t' << samples.back() << " ms\t" << hits.size() << " hits\n";
            }
        }
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) { return samples[std::min(samples.size() - 1, size_t(q * samples.size()))]; };
    QTextStream(stdout) << "search " << QString::number(at(0.5), 'f', 3) << ' '
                        << QString::number(at(0.99), 'f', 3) << ' ' << samples.size() << '\n';
    return 0;
}
