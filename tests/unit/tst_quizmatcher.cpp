// SPDX-License-Identifier: GPL-3.0-or-later
// "Quel métier pour moi ?": how interests become steps, how jobs are ranked, and the controller the
// quiz screen drives.
#include "Preferences.h"
#include "QuizController.h"
#include "TestContent.h"
#include "content/ContentStore.h"
#include "content/QuizMatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using kiosk::JobSummary;
using kiosk::QuizInterest;
using kiosk::QuizMatcher;

namespace {

QList<QuizInterest> interests(int count)
{
    QList<QuizInterest> list;
    for (int i = 0; i < count; ++i)
        list.append({QStringLiteral("i%1").arg(i), QString(), QString(), QString()});
    return list;
}

JobSummary job(const QString &id, const QStringList &interests)
{
    JobSummary summary;
    summary.id = id;
    summary.interests = interests;
    return summary;
}

QStringList ids(const QList<kiosk::QuizMatch> &matches)
{
    QStringList list;
    for (const kiosk::QuizMatch &match : matches)
        list.append(match.jobId);
    return list;
}

} // namespace

class TestQuizMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void stepsSplitInterests_data();
    void stepsSplitInterests();
    void ranksByShared();
    void ranksTiesByCoverageThenContentOrder();
    void neverProposesUnrelatedJobs();
    void readsInterestsInTheVisitorsLanguage();

    void controllerWalksTheSteps();
    void controllerProposesJobsWithWhy();
    void controllerSkipBackAndReset();
    void controllerIgnoresAnswersNotOffered();
    void controllerRelabelsOnLanguageChange();

private:
    QTemporaryDir m_dir;
    kiosk::ContentStore m_store;
};

void TestQuizMatcher::initTestCase()
{
    QVERIFY(kiosk::test::writeSmallContent(m_dir.path()));
    QVERIFY(m_store.open(m_dir.path()));
}

void TestQuizMatcher::stepsSplitInterests_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<int>>("sizes");

    QTest::newRow("none") << 0 << QList<int>{};
    QTest::newRow("one") << 1 << QList<int>{1};
    QTest::newRow("three") << 3 << QList<int>{3};
    QTest::newRow("seven") << 7 << QList<int>{3, 2, 2};
    QTest::newRow("eight (demo)") << 8 << QList<int>{2, 2, 2, 2};
    QTest::newRow("nine") << 9 << QList<int>{3, 2, 2, 2};
    QTest::newRow("twelve") << 12 << QList<int>{2, 2, 2, 2, 2, 2};
    QTest::newRow("twenty") << 20 << QList<int>{4, 4, 3, 3, 3, 3};
}

void TestQuizMatcher::stepsSplitInterests()
{
    QFETCH(int, count);
    QFETCH(QList<int>, sizes);

    const QList<QuizInterest> all = interests(count);
    const QList<QList<QuizInterest>> steps = QuizMatcher::steps(all);
    QList<int> actual;
    QList<QuizInterest> flattened;
    for (const QList<QuizInterest> &step : steps) {
        actual.append(int(step.size()));
        flattened += step;
    }
    QCOMPARE(actual, sizes);
    QCOMPARE(flattened.size(), all.size());   // every interest asked once, in content order
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(flattened.at(i).id, all.at(i).id);
}

void TestQuizMatcher::ranksByShared()
{
    const QList<JobSummary> jobs{job(QStringLiteral("a"), {QStringLiteral("creer")}),
                                 job(QStringLiteral("b"), {QStringLiteral("creer"), QStringLiteral("jouer")}),
                                 job(QStringLiteral("c"), {QStringLiteral("aider")}),
                                 job(QStringLiteral("d"), {QStringLiteral("jouer"), QStringLiteral("aider"),
                                                           QStringLiteral("creer")})};
    const QList<kiosk::QuizMatch> best =
        QuizMatcher::rank(jobs, {QStringLiteral("jouer"), QStringLiteral("creer"), QStringLiteral("aider")});
    QCOMPARE(ids(best), (QStringList{QStringLiteral("d"), QStringLiteral("b"), QStringLiteral("a")}));
    // The shared interests, in the order the visitor chose them.
    QCOMPARE(best.at(0).matchedInterests,
             (QStringList{QStringLiteral("jouer"), QStringLiteral("creer"), QStringLiteral("aider")}));
    QCOMPARE(best.at(1).matchedInterests, (QStringList{QStringLiteral("jouer"), QStringLiteral("creer")}));
    QCOMPARE(QuizMatcher::rank(jobs, {QStringLiteral("creer")}, 10).size(), 3);
}

void TestQuizMatcher::ranksTiesByCoverageThenContentOrder()
{
    // All share one chosen interest: the job with fewer interests of its own fits better.
    const QList<JobSummary> jobs{
        job(QStringLiteral("wide"), {QStringLiteral("creer"), QStringLiteral("aider"), QStringLiteral("jouer")}),
        job(QStringLiteral("first"), {QStringLiteral("creer"), QStringLiteral("aider")}),
        job(QStringLiteral("focused"), {QStringLiteral("creer")}),
        job(QStringLiteral("second"), {QStringLiteral("aider"), QStringLiteral("creer")})};
    QCOMPARE(ids(QuizMatcher::rank(jobs, {QStringLiteral("creer")}, 4)),
             (QStringList{QStringLiteral("focused"), QStringLiteral("first"), QStringLiteral("second"),
                          QStringLiteral("wide")}));
}

void TestQuizMatcher::neverProposesUnrelatedJobs()
{
    const QList<JobSummary> jobs{job(QStringLiteral("a"), {QStringLiteral("creer")}),
                                 job(QStringLiteral("b"), {})};
    QVERIFY(QuizMatcher::rank(jobs, {}).isEmpty());
    QVERIFY(QuizMatcher::rank(jobs, {QStringLiteral("jouer")}).isEmpty());
    // A repeated choice counts once.
    const QList<kiosk::QuizMatch> once = QuizMatcher::rank(jobs, {QStringLiteral("creer"), QStringLiteral("creer")});
    QCOMPARE(once.size(), 1);
    QCOMPARE(once.at(0).matchedInterests, QStringList{QStringLiteral("creer")});
}

void TestQuizMatcher::readsInterestsInTheVisitorsLanguage()
{
    const QList<QuizInterest> french = QuizMatcher::interests(m_store.database(), kiosk::Language::French);
    QCOMPARE(french.size(), 3);
    QCOMPARE(french.at(0).id, QStringLiteral("proteger"));
    QCOMPARE(french.at(0).name, QStringLiteral("Protéger"));
    QCOMPARE(french.at(0).question, QStringLiteral("J'aime protéger les autres"));
    QCOMPARE(QuizMatcher::interests(m_store.database(), kiosk::Language::English).at(1).question,
             QStringLiteral("I like to create"));
}

void TestQuizMatcher::controllerWalksTheSteps()
{
    Preferences preferences(Preferences::Defaults{});
    QuizController quiz(m_store, preferences);
    QCOMPARE(quiz.stepCount(), 1);   // three interests: one step of three answers
    QCOMPARE(quiz.step(), 0);
    QVERIFY(!quiz.isFinished());
    const QVariantList options = quiz.options();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.at(1).toMap().value(QStringLiteral("interestId")).toString(), QStringLiteral("creer"));
    QCOMPARE(options.at(1).toMap().value(QStringLiteral("question")).toString(), QStringLiteral("J'aime créer"));
    QCOMPARE(quiz.results()->rowCount(), 0);
}

void TestQuizMatcher::controllerProposesJobsWithWhy()
{
    Preferences preferences(Preferences::Defaults{});
    QuizController quiz(m_store, preferences);
    QSignalSpy stepSpy(&quiz, &QuizController::stepChanged);
    quiz.choose(QStringLiteral("creer"));
    QCOMPARE(stepSpy.count(), 1);
    QVERIFY(quiz.isFinished());
    QCOMPARE(quiz.chosenCount(), 1);
    QVERIFY(quiz.options().isEmpty());

    // Fixture: "creer" is an interest of developpeur (only) and game-designer (with "jouer").
    QuizResultModel *results = quiz.results();
    QCOMPARE(results->rowCount(), 2);
    const QModelIndex first = results->index(0);
    QCOMPARE(first.data(QuizResultModel::JobIdRole).toString(), QStringLiteral("developpeur"));
    QCOMPARE(first.data(QuizResultModel::TitleRole).toString(), QStringLiteral("Développeur · Développeuse"));
    QCOMPARE(first.data(QuizResultModel::HookRole).toString(), QStringLiteral("Il écrit des programmes"));
    QCOMPARE(first.data(QuizResultModel::WhyRole).toString(), QStringLiteral("Ce métier rejoint tes choix : Créer."));
    QCOMPARE(results->index(1).data(QuizResultModel::JobIdRole).toString(), QStringLiteral("game-designer"));
    QCOMPARE(results->roleNames().value(QuizResultModel::WhyRole), QByteArray("why"));
}

void TestQuizMatcher::controllerSkipBackAndReset()
{
    Preferences preferences(Preferences::Defaults{});
    QuizController quiz(m_store, preferences);
    quiz.skip();
    QVERIFY(quiz.isFinished());
    QCOMPARE(quiz.chosenCount(), 0);
    QCOMPARE(quiz.results()->rowCount(), 0);   // nothing chosen, nothing proposed
    quiz.skip();                               // finished: nothing more to skip
    QCOMPARE(quiz.step(), 1);

    quiz.back();
    QCOMPARE(quiz.step(), 0);
    QVERIFY(!quiz.isFinished());
    quiz.choose(QStringLiteral("proteger"));
    QCOMPARE(quiz.results()->rowCount(), 2);

    QSignalSpy countSpy(quiz.results(), &QuizResultModel::countChanged);
    quiz.reset();
    QCOMPARE(quiz.step(), 0);
    QCOMPARE(quiz.chosenCount(), 0);
    QCOMPARE(quiz.results()->rowCount(), 0);
    QVERIFY(countSpy.count() >= 1);
    quiz.back();   // nothing to go back to
    QCOMPARE(quiz.step(), 0);
}

void TestQuizMatcher::controllerIgnoresAnswersNotOffered()
{
    Preferences preferences(Preferences::Defaults{});
    QuizController quiz(m_store, preferences);
    quiz.choose(QStringLiteral("inconnu"));
    QCOMPARE(quiz.step(), 0);
}

void TestQuizMatcher::controllerRelabelsOnLanguageChange()
{
    Preferences preferences(Preferences::Defaults{});
    QuizController quiz(m_store, preferences);
    quiz.choose(QStringLiteral("jouer"));
    QSignalSpy stepSpy(&quiz, &QuizController::stepChanged);
    preferences.setLanguage(QStringLiteral("en"));
    QCOMPARE(stepSpy.count(), 1);
    QVERIFY(quiz.isFinished());   // the answers stay
    // No translation installed here: the sentence stays French, the content turns English.
    QCOMPARE(quiz.results()->index(0).data(QuizResultModel::WhyRole).toString(),
             QStringLiteral("Ce métier rejoint tes choix : Play."));
    quiz.back();
    QCOMPARE(quiz.options().at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Protect"));
}

QTEST_GUILESS_MAIN(TestQuizMatcher)
#include "tst_quizmatcher.moc"
