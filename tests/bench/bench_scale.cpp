// SPDX-License-Identifier: GPL-3.0-or-later
// Scale of the jobs grid, measured on the model the grid shows (JobsModel, as the kiosk builds it):
//   open   — the model reads its counts and chip counts, then the first screenful
//            of cards is read the way the grid's delegates read it;
//   filter — a visitor taps the first sector chip; the first screenful of the result is read.
// Usage: bench_scale CONTENT_DIR [RUNS]   → prints "scale open_ms filter_ms jobs" (medians)
#include "JobsModel.h"
#include "Preferences.h"

#include "content/ContentStore.h"

#include <QElapsedTimer>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

constexpr int kScreenful = 24;   // cards the grid shows at once on a 1920×1080 screen, with margin
constexpr int kRepeats = 40;     // samples per run: one sample is 1-2 ms, noisy on a shared machine

// What the grid's delegates read for each visible card.
void readScreenful(const JobsModel &jobs)
{
    const int rows = std::min(kScreenful, jobs.rowCount());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = jobs.index(row);
        for (const int role : {JobsModel::IdRole, JobsModel::TitleRole, JobsModel::HookRole,
                               JobsModel::ImageRole, JobsModel::LevelsRole})
            Q_UNUSED(jobs.data(index, role));
    }
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_scale CONTENT_DIR [RUNS]\n";
        return 2;
    }
    kiosk::ContentStore store;
    if (!store.open(args.at(1))) {
        QTextStream(stderr) << store.errorString() << '\n';
        return 1;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    Preferences preferences(Preferences::Defaults{});
    std::vector<double> open, filter;
    int total = 0;
    QElapsedTimer timer;
    for (int sample = 0; sample < runs * kRepeats; ++sample) {
        timer.start();
        JobsModel jobs(store, preferences);
        readScreenful(jobs);
        open.push_back(timer.nsecsElapsed() / 1e6);
        total = jobs.total();

        const QString sector = jobs.sectors()->data(jobs.sectors()->index(0), FilterOptionsModel::KeyRole).toString();
        timer.start();
        jobs.sectors()->toggle(sector);
        readScreenful(jobs);
        filter.push_back(timer.nsecsElapsed() / 1e6);
    }
    QTextStream(stdout) << "scale " << QString::number(median(open), 'f', 2) << ' '
                        << QString::number(median(filter), 'f', 2) << ' ' << total << '\n';
    return 0;
}
