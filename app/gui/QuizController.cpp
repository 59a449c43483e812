// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizController.h"

#include "MediaUrl.h"
#include "Preferences.h"
#include "content/ContentStore.h"
#include "content/JobQueries.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

using kiosk::QuizInterest;

QuizController::QuizController(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &QuizController::reset);
    connect(&preferences, &Preferences::languageChanged, this, &QuizController::relabel);
    readInterests();
}

QVariantList QuizController::options() const
{
    QVariantList options;
    if (isFinished())
        return options;
    for (const QuizInterest &interest : m_steps.at(step())) {
        options.append(QVariantMap{{QStringLiteral("interestId"), interest.id},
                                   {QStringLiteral("name"), interest.name},
                                   {QStringLiteral("question"), interest.question},
                                   {QStringLiteral("icon"), interest.icon}});
    }
    return options;
}

int QuizController::chosenCount() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(), [](const QString &id) { return !id.isEmpty(); }));
}

void QuizController::choose(const QString &interestId)
{
    if (isFinished())
        return;
    const QList<QuizInterest> &offered = m_steps.at(step());
    const bool valid = std::any_of(offered.cbegin(), offered.cend(),
                                   [&interestId](const QuizInterest &interest) { return interest.id == interestId; });
    if (valid)
        answer(interestId);
}

void QuizController::skip()
{
    if (!isFinished())
        answer(QString());
}

void QuizController::back()
{
    if (m_answers.isEmpty())
        return;
    m_answers.removeLast();
    updateResults();
    Q_EMIT stepChanged();
}

void QuizController::reset()
{
    m_answers.clear();
    readInterests();
    updateResults();
    Q_EMIT stepChanged();
}

void QuizController::readInterests()
{
    m_interests = kiosk::QuizMatcher::interests(m_store.database(), m_preferences.contentLanguage());
    m_steps = kiosk::QuizMatcher::steps(m_interests);
}

void QuizController::relabel()
{
    readInterests();
    updateResults();
    Q_EMIT stepChanged();
}

void QuizController::answer(const QString &interestId)
{
    m_answers.append(interestId);
    updateResults();
    Q_EMIT stepChanged();
}

void QuizController::updateResults()
{
    if (!isFinished() || m_interests.isEmpty()) {
        m_results.setResults({});
        return;
    }
    const kiosk::Language language = m_preferences.contentLanguage();
    const QLocale locale(language == kiosk::Language::English ? QLocale::English : QLocale::French);
    QStringList chosen = m_answers;
    chosen.removeAll(QString());
    const QList<kiosk::JobSummary> jobs = kiosk::JobQueries(m_store).jobs();
    QList<QuizResultModel::Result> results;
    for (const kiosk::QuizMatch &match : kiosk::QuizMatcher::rank(jobs, chosen)) {
        const auto job = std::find_if(jobs.cbegin(), jobs.cend(),
                                      [&match](const kiosk::JobSummary &j) { return j.id == match.jobId; });
        QStringList names;
        for (const QString &id : match.matchedInterests) {
            const auto interest = std::find_if(m_interests.cbegin(), m_interests.cend(),
                                               [&id](const QuizInterest &i) { return i.id == id; });
            names.append(interest->name);
        }
        results.append({job->id, kiosk::jobTitle(language, job->titleMasculine, job->titleFeminine, job->titleEnglish),
                        kiosk::localized(language, job->hook, job->hookEnglish), mediaUrl(m_store, job->image),
                        tr("Ce métier rejoint tes choix : %1.").arg(locale.createSeparatedList(names))});
    }
    m_results.setResults(results);
}
