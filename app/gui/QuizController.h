// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"
#include "QuizResultModel.h"

#include "content/QuizMatcher.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// "Quel métier pour moi ?": a few steps (QuizMatcher::steps), each offering two or three interests;
// one tap picks one (or skips the step), and after the last step `results` holds the three jobs
// that share the most chosen interests, each with why it matches. reset() starts again.
class QuizController : public QObject, public QmlSingleton<QuizController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int step READ step NOTIFY stepChanged)            // 0-based; == stepCount when finished
    Q_PROPERTY(int stepCount READ stepCount NOTIFY stepChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY stepChanged)
    // The current step's answers: [{interestId, name, question, icon}]
    Q_PROPERTY(QVariantList options READ options NOTIFY stepChanged)
    // How many interests were chosen so far (skipped steps do not count).
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY stepChanged)
    Q_PROPERTY(QuizResultModel *results READ results CONSTANT)

public:
    QuizController(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int step() const { return int(m_answers.size()); }
    int stepCount() const { return int(m_steps.size()); }
    bool isFinished() const { return step() >= stepCount(); }
    QVariantList options() const;
    int chosenCount() const;
    QuizResultModel *results() { return &m_results; }

    // Picks one of the current step's interests and moves on.
    Q_INVOKABLE void choose(const QString &interestId);
    // None of the current step's answers: moves on.
    Q_INVOKABLE void skip();
    // Back to the previous step, forgetting its answer.
    Q_INVOKABLE void back();

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void stepChanged();

private:
    void readInterests();
    void relabel();
    void answer(const QString &interestId);
    void updateResults();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QList<kiosk::QuizInterest> m_interests;
    QList<QList<kiosk::QuizInterest>> m_steps;
    QStringList m_answers;   // one per step taken: an interest id, or "" for a skipped step
    QuizResultModel m_results;
};
