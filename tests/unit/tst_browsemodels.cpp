// SPDX-License-Identifier: GPL-3.0-or-later
#include "Details.h"
#include "JobsModel.h"
#include "Preferences.h"
#include "TestContent.h"
#include "TrainingsModel.h"
#include "UiTranslator.h"
#include "content/ContentStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The jobs grid and trainings list models (filters, live counts, reset, language), the detail
// controllers, and the interface translation they rely on — over the small fixture content.
class TestBrowseModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    kiosk::ContentStore m_store;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<UiTranslator> m_translator;

    static QString role(const QAbstractItemModel &model, int row, const QByteArray &name)
    {
        return model.data(model.index(row, 0), model.roleNames().key(name)).toString();
    }
    // key → count of a facet's chips
    static QHash<QString, int> chipCounts(const FilterOptionsModel &options)
    {
        QHash<QString, int> counts;
        for (int row = 0; row < options.rowCount(); ++row)
            counts.insert(role(options, row, "key"), role(options, row, "count").toInt());
        return counts;
    }
    static QStringList ids(const QAbstractItemModel &model, const QByteArray &name)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(role(model, row, name));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kiosk::test::writeSmallContent(m_dir.path()));
        QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
    }

    void init()
    {
        m_preferences = std::make_unique<Preferences>(Preferences::Defaults{});
        m_translator = std::make_unique<UiTranslator>(*m_preferences);
    }

    void cleanup()
    {
        m_translator.reset();
        m_preferences.reset();
    }

    void jobsShowEveryJobWithBothTitles()
    {
        JobsModel jobs(m_store, *m_preferences);
        QCOMPARE(jobs.count(), 4);
        QCOMPARE(jobs.total(), 4);
        QVERIFY(!jobs.isFiltered());
        QCOMPARE(role(jobs, 0, "title"), QStringLiteral("Développeur · Développeuse"));
        QCOMPARE(role(jobs, 0, "hook"), QStringLiteral("Il écrit des programmes"));
        QCOMPARE(role(jobs, 0, "levels"), QStringLiteral("Bac+2 · Bac+5"));
        QCOMPARE(role(jobs, 2, "title"), QStringLiteral("Game designer"));
        QCOMPARE(jobs.sectors()->rowCount(), 3);
        QCOMPARE(jobs.levels()->rowCount(), 4);
        QCOMPARE(jobs.interests()->rowCount(), 3);
        QCOMPARE(role(*jobs.sectors(), 0, "label"), QStringLiteral("Cybersécurité"));
    }

    void chipsFilterAndUpdateTheOtherCounts()
    {
        JobsModel jobs(m_store, *m_preferences);
        QSignalSpy countChanged(&jobs, &JobsModel::countChanged);
        QCOMPARE(chipCounts(*jobs.levels()).value(QStringLiteral("5")), 2);

        jobs.sectors()->toggle(QStringLiteral("cyber"));
        QCOMPARE(countChanged.count(), 1);
        QCOMPARE(jobs.count(), 2);
        QVERIFY(jobs.isFiltered());
        QCOMPARE(ids(jobs, "jobId"), (QStringList{QStringLiteral("analyste-cyber"), QStringLiteral("technicien-reseau")}));
        QCOMPARE(role(*jobs.sectors(), 0, "selected"), QStringLiteral("true"));
        // Level chips now count cyber jobs only; sector chips still count every sector.
        const auto levels = chipCounts(*jobs.levels());
        QCOMPARE(levels.value(QStringLiteral("0")), 1);
        QCOMPARE(levels.value(QStringLiteral("3")), 0);
        QCOMPARE(levels.value(QStringLiteral("5")), 1);
        QCOMPARE(chipCounts(*jobs.sectors()).value(QStringLiteral("dev")), 2);

        jobs.levels()->toggle(QStringLiteral("2"));
        QCOMPARE(ids(jobs, "jobId"), QStringList{QStringLiteral("technicien-reseau")});
        QCOMPARE(chipCounts(*jobs.sectors()).value(QStringLiteral("dev")), 1);

        jobs.sectors()->toggle(QStringLiteral("cyber"));   // tapping the chosen chip clears it
        QCOMPARE(jobs.sectors()->selectedKey(), QString());
        QCOMPARE(jobs.count(), 2);   // bac+2: developpeur, technicien-reseau

        jobs.clearFilters();
        QCOMPARE(jobs.count(), 4);
        QVERIFY(!jobs.isFiltered());
    }

    void showSectorReplacesEveryFilter()
    {
        JobsModel jobs(m_store, *m_preferences);
        jobs.interests()->toggle(QStringLiteral("proteger"));
        jobs.showSector(QStringLiteral("jeu"));
        QCOMPARE(jobs.interests()->selectedKey(), QString());
        QCOMPARE(ids(jobs, "jobId"), QStringList{QStringLiteral("game-designer")});
    }

    void resetClearsFiltersForTheNextVisitor()
    {
        JobsModel jobs(m_store, *m_preferences);
        jobs.sectors()->toggle(QStringLiteral("dev"));
        jobs.interests()->toggle(QStringLiteral("jouer"));
        QCOMPARE(jobs.count(), 1);
        jobs.reset();
        QCOMPARE(jobs.count(), 4);
        QCOMPARE(jobs.sectors()->selectedKey(), QString());
        QCOMPARE(jobs.interests()->selectedKey(), QString());
    }

    void englishTitlesLabelsAndLevels()
    {
        JobsModel jobs(m_store, *m_preferences);
        QSignalSpy relabelled(jobs.sectors(), &QAbstractItemModel::dataChanged);
        m_preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(m_translator->installedLanguage(), QStringLiteral("en"));
        QVERIFY(relabelled.count() > 0);
        QCOMPARE(role(jobs, 0, "title"), QStringLiteral("Developer"));
        QCOMPARE(role(jobs, 2, "title"), QStringLiteral("Game designer"));   // no English: French
        QCOMPARE(role(*jobs.sectors(), 1, "label"), QStringLiteral("Software development"));
        QVERIFY(role(*jobs.levels(), 3, "label") != QStringLiteral("Bac+5"));   // translated
        m_preferences->setLanguage(QStringLiteral("fr"));
        QCOMPARE(m_translator->installedLanguage(), QStringLiteral("fr"));
        QCOMPARE(role(*jobs.levels(), 3, "label"), QStringLiteral("Bac+5"));
    }

    void frenchPluralForms()
    {
        // kiosk_fr.qm carries the French plural forms of "%n métier(s)".
        QCOMPARE(m_translator->installedLanguage(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("JobsScreen", "%n métier(s)", nullptr, 1), QStringLiteral("1 métier"));
        QCOMPARE(QCoreApplication::translate("JobsScreen", "%n métier(s)", nullptr, 5), QStringLiteral("5 métiers"));
        m_preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("JobsScreen", "%n métier(s)", nullptr, 5), QStringLiteral("5 jobs"));
    }

    void reopenedContentIsReRead()
    {
        QTemporaryDir other;
        QVERIFY(kiosk::test::writeSmallContent(other.path(), 2));
        kiosk::ContentStore store;
        QVERIFY(store.open(m_dir.path()));
        JobsModel reopened(store, *m_preferences);
        reopened.sectors()->toggle(QStringLiteral("cyber"));
        QSignalSpy reset(&reopened, &QAbstractItemModel::modelReset);
        QVERIFY(store.reopen(other.path()));
        QVERIFY(reset.count() > 0);
        QCOMPARE(reopened.count(), 2);   // same sector still there: the choice is kept
        QCOMPARE(reopened.sectors()->selectedKey(), QStringLiteral("cyber"));
    }

    void jobDetailShowsTheCard()
    {
        Details details(m_store, *m_preferences);
        QObject owner;
        JobDetail *job = details.job(QStringLiteral("developpeur"), &owner);
        QCOMPARE(job->parent(), &owner);
        QVERIFY(job->found());
        QCOMPARE(job->title(), QStringLiteral("Développeur · Développeuse"));
        QCOMPARE(job->levels(), QStringLiteral("Bac+2 · Bac+5"));
        QCOMPARE(job->sectors(), QStringLiteral("Développement"));
        QCOMPARE(job->sourceUrl(), QStringLiteral("https://www.onisep.fr"));
        QCOMPARE(job->trainings().size(), 1);
        const QVariantMap training = job->trainings().at(0).toMap();
        QCOMPARE(training.value(QStringLiteral("trainingId")).toString(), QStringLiteral("bts-sio-slam"));
        QCOMPARE(training.value(QStringLiteral("level")).toString(), QStringLiteral("Bac+2"));
        QCOMPARE(job->interviews().at(0).toMap().value(QStringLiteral("person")).toString(),
                 QStringLiteral("Romain"));

        QSignalSpy changed(job, &JobDetail::changed);
        m_preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(job->title(), QStringLiteral("Developer"));
        QCOMPARE(job->trainings().at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("BTS SIO (software)"));

        QVERIFY(!details.job(QStringLiteral("inconnu"), &owner)->found());
    }

    void trainingsByLevelAndDepartment()
    {
        TrainingsModel trainings(m_store, *m_preferences);
        QCOMPARE(trainings.count(), 2);
        QCOMPARE(role(trainings, 0, "levelName"), QStringLiteral("Bac"));
        QCOMPARE(role(trainings, 1, "levelName"), QStringLiteral("Bac+2"));
        QCOMPARE(role(trainings, 1, "places"), QStringLiteral("Toulouse (31)"));

        DepartmentsModel *departments = trainings.departments();
        QCOMPARE(departments->rowCount(), 13);
        QCOMPARE(departments->rows(), 4);
        QCOMPARE(departments->columns(), 5);
        QHash<QString, int> counts;
        for (int row = 0; row < departments->rowCount(); ++row)
            counts.insert(role(*departments, row, "code"), role(*departments, row, "count").toInt());
        QCOMPARE(counts.size(), 13);
        QCOMPARE(counts.value(QStringLiteral("31")), 1);
        QCOMPARE(counts.value(QStringLiteral("34")), 1);
        QCOMPARE(counts.value(QStringLiteral("09")), 0);

        QSignalSpy changed(&trainings, &TrainingsModel::departmentChanged);
        trainings.toggleDepartment(QStringLiteral("31"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(trainings.departmentName(), QStringLiteral("Haute-Garonne"));
        QCOMPARE(ids(trainings, "trainingId"), QStringList{QStringLiteral("bts-sio-slam")});
        trainings.toggleDepartment(QStringLiteral("31"));
        QCOMPARE(trainings.count(), 2);

        trainings.setDepartment(QStringLiteral("34"));
        trainings.reset();
        QCOMPARE(trainings.department(), QString());
        QCOMPARE(trainings.count(), 2);
    }

    void departmentTilesSitOnADistinctGridCell()
    {
        TrainingsModel trainings(m_store, *m_preferences);
        const DepartmentsModel &departments = *trainings.departments();
        QSet<QPair<int, int>> cells;
        for (int row = 0; row < departments.rowCount(); ++row)
            cells.insert({role(departments, row, "row").toInt(), role(departments, row, "column").toInt()});
        QCOMPARE(cells.size(), 13);
    }

    void trainingDetailShowsPlacesAndJobs()
    {
        Details details(m_store, *m_preferences);
        QObject owner;
        TrainingDetail *training = details.training(QStringLiteral("bts-sio-slam"), &owner);
        QVERIFY(training->found());
        QCOMPARE(training->name(), QStringLiteral("BTS SIO option SLAM"));
        QCOMPARE(training->level(), QStringLiteral("Bac+2"));
        const QVariantMap place = training->places().at(0).toMap();
        QCOMPARE(place.value(QStringLiteral("departmentName")).toString(), QStringLiteral("Haute-Garonne"));
        QCOMPARE(training->jobs().at(0).toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Développeur · Développeuse"));
        m_preferences->setLanguage(QStringLiteral("en"));
        QCOMPARE(training->name(), QStringLiteral("BTS SIO (software)"));
    }
};

QTEST_MAIN(TestBrowseModels)
#include "tst_browsemodels.moc"
