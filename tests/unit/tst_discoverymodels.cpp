// SPDX-License-Identifier: GPL-3.0-or-later
// The models and the player controller behind the interviews and lycée numérique screens, over the
// fixture content (tests/support/TestContent.cpp) and the test clip (tests/data/).
#include "ChartsModel.h"
#include "InterviewPlayer.h"
#include "InterviewsModel.h"
#include "LyceeModel.h"
#include "Preferences.h"
#include "TestContent.h"
#include "content/ContentStore.h"
#include "content/FigureQueries.h"
#include "kiosk/AttractQuery.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString testData(const QString &name)
{
    return qEnvironmentVariable("KIOSK_SOURCE_DIR") + QStringLiteral("/tests/data/") + name;
}

// Puts a test file where the fixture's interview expects its media.
bool placeMedia(const QString &contentDir, const QString &source, const QString &relativePath)
{
    const QString target = QDir(contentDir).filePath(relativePath);
    QDir().mkpath(QFileInfo(target).path());
    QFile::remove(target);
    return QFile::copy(testData(source), target);
}

} // namespace

class TestDiscoveryModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void interviewsModelListsInterviews();
    void playerWithMediaGivesSourceCaptionsAndTranscript();
    void playerReportsAMissingVideo();
    void playerReportsAnUndecodableVideo();
    void playerReportsAnUnknownInterview();
    void playerRelabelsWithoutTouchingTheVideo();
    void playerUnloadAndReset();
    void playerReadsAContentUpdateOnceItsVideoIsOpen();
    void playerClampsTheVolume();

    void lyceeModelGroupsSectionsByTopic();
    void chartsModelGroupsFiguresByChart();
    void unitsFollowTheLanguage();
    void formatsNumbers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<kiosk::ContentStore> m_store;
    std::unique_ptr<Preferences> m_preferences;
};

void TestDiscoveryModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(kiosk::test::writeSmallContent(m_dir->path()));
    m_store = std::make_unique<kiosk::ContentStore>();
    QVERIFY(m_store->open(m_dir->path()));
    m_preferences = std::make_unique<Preferences>(Preferences::Defaults{});
}

void TestDiscoveryModels::cleanup()
{
    m_preferences.reset();
    m_store.reset();
    m_dir.reset();
}

void TestDiscoveryModels::interviewsModelListsInterviews()
{
    InterviewsModel model(*m_store, *m_preferences);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex romain = model.index(0);
    QCOMPARE(romain.data(InterviewsModel::InterviewIdRole).toString(), QStringLiteral("romain"));
    QCOMPARE(romain.data(InterviewsModel::PersonRole).toString(), QStringLiteral("Romain"));
    QCOMPARE(romain.data(InterviewsModel::RoleRole).toString(), QStringLiteral("Développeur"));
    QCOMPARE(romain.data(InterviewsModel::EmployerRole).toString(), QStringLiteral("Une ESN"));
    QCOMPARE(romain.data(InterviewsModel::SummaryRole).toString(), QStringLiteral("Romain code des applis"));
    QVERIFY(romain.data(InterviewsModel::PortraitRole).toUrl().isEmpty());   // none in the fixture
    QCOMPARE(model.roleNames().value(InterviewsModel::InterviewIdRole), QByteArray("interviewId"));
    QVERIFY(!model.index(1).data(InterviewsModel::PersonRole).isValid());

    QSignalSpy countSpy(&model, &InterviewsModel::countChanged);
    QVERIFY(m_store->reopen(m_dir->path()));
    QCOMPARE(countSpy.count(), 1);
}

void TestDiscoveryModels::playerWithMediaGivesSourceCaptionsAndTranscript()
{
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("clip.mp4"), QStringLiteral("media/videos/romain.mp4")));
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("clip.vtt"), QStringLiteral("media/captions/romain.vtt")));
    InterviewPlayer player(*m_store, *m_preferences);
    QSignalSpy captionSpy(&player, &InterviewPlayer::captionChanged);

    player.load(QStringLiteral("romain"));
    QVERIFY(player.isLoaded());
    QCOMPARE(player.person(), QStringLiteral("Romain"));
    QCOMPARE(player.source(), QUrl::fromLocalFile(m_store->mediaPath(QStringLiteral("media/videos/romain.mp4"))));
    QCOMPARE(player.errorMessage(), QString());
    QVERIFY(player.hasCaptions());
    QCOMPARE(player.transcript(), QStringLiteral("Bonjour, je suis Romain."));   // the content's own

    QCOMPARE(player.caption(), QStringLiteral("Première ligne du test"));
    player.setPosition(950);
    QCOMPARE(player.caption(), QString());
    player.setPosition(1200);
    QCOMPARE(player.caption(), QStringLiteral("Seconde ligne du test"));
    player.setPosition(1300);   // same caption: no signal
    QCOMPARE(captionSpy.count(), 3);

    // QML says the first picture is on the screen: the journal gets how long it took.
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^interview romain first picture \\d+ ms after opening$")));
    player.reportFirstFrame();
}

void TestDiscoveryModels::playerReportsAMissingVideo()
{
    InterviewPlayer player(*m_store, *m_preferences);
    QSignalSpy errorSpy(&player, &InterviewPlayer::errorMessageChanged);
    player.load(QStringLiteral("romain"));
    QVERIFY(player.isLoaded());
    QVERIFY(player.source().isEmpty());
    QVERIFY(player.errorMessage().contains(QLatin1String("introuvable")));
    QCOMPARE(errorSpy.count(), 1);
    QVERIFY(!player.hasCaptions());   // the captions are missing too: no crash, no captions
    QCOMPARE(player.caption(), QString());
    QCOMPARE(player.transcript(), QStringLiteral("Bonjour, je suis Romain."));   // still readable
}

void TestDiscoveryModels::playerReportsAnUndecodableVideo()
{
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("garbage.mp4"), QStringLiteral("media/videos/romain.mp4")));
    InterviewPlayer player(*m_store, *m_preferences);
    player.load(QStringLiteral("romain"));
    QCOMPARE(player.errorMessage(), QString());   // the file is there: QML's MediaPlayer tries it
    player.setPlaying(true);
    player.reportMediaError(QStringLiteral("Could not determine type of stream"));
    QVERIFY(player.errorMessage().contains(QStringLiteral("ne peut pas être lue")));
    QVERIFY(!player.isPlaying());
    QVERIFY(!player.source().isEmpty());   // unchanged: QML shows the message instead
}

void TestDiscoveryModels::playerReportsAnUnknownInterview()
{
    InterviewPlayer player(*m_store, *m_preferences);
    player.load(QStringLiteral("inconnu"));
    QVERIFY(!player.isLoaded());
    QVERIFY(player.source().isEmpty());
    QVERIFY(player.jobs().isEmpty());
    QVERIFY(player.errorMessage().contains(QLatin1String("plus disponible")));
    player.reportMediaError(QStringLiteral("ignored: nothing loaded"));
    QVERIFY(player.errorMessage().contains(QLatin1String("plus disponible")));
}

void TestDiscoveryModels::playerRelabelsWithoutTouchingTheVideo()
{
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("clip.mp4"), QStringLiteral("media/videos/romain.mp4")));
    InterviewPlayer player(*m_store, *m_preferences);
    player.load(QStringLiteral("romain"));
    QSignalSpy mediaSpy(&player, &InterviewPlayer::mediaChanged);
    QSignalSpy textSpy(&player, &InterviewPlayer::interviewChanged);
    m_preferences->setLanguage(QStringLiteral("en"));
    QCOMPARE(textSpy.count(), 1);
    QCOMPARE(mediaSpy.count(), 0);   // a new source would restart the video
    QCOMPARE(player.role(), QStringLiteral("Développeur"));   // no English role in the fixture
    // The jobs it tells about, titled in the visitor's language.
    const QVariantList jobs = player.jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.constFirst().toMap().value(QStringLiteral("jobId")).toString(), QStringLiteral("developpeur"));
    QCOMPARE(jobs.constFirst().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Developer"));

    // A content update re-reads everything (the media moved with the content folder).
    QVERIFY(m_store->reopen(m_dir->path()));
    QCOMPARE(mediaSpy.count(), 1);
    QVERIFY(player.isLoaded());
}

void TestDiscoveryModels::playerUnloadAndReset()
{
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("clip.mp4"), QStringLiteral("media/videos/romain.mp4")));
    InterviewPlayer player(*m_store, *m_preferences);
    player.load(QStringLiteral("romain"));
    player.setPlaying(true);
    player.setPosition(1500);
    QSignalSpy playingSpy(&player, &InterviewPlayer::playingChanged);

    player.unload();
    QVERIFY(!player.isLoaded());
    QVERIFY(!player.isPlaying());
    QCOMPARE(playingSpy.count(), 1);
    QVERIFY(player.source().isEmpty());
    QCOMPARE(player.position(), 0);
    QCOMPARE(player.caption(), QString());
    QCOMPARE(player.errorMessage(), QString());
    QCOMPARE(player.interviewId(), QString());

    player.load(QStringLiteral("inconnu"));
    player.reset();
    QCOMPARE(player.errorMessage(), QString());
    QVERIFY(!player.isLoaded());
}

void TestDiscoveryModels::playerReadsAContentUpdateOnceItsVideoIsOpen()
{
    QVERIFY(placeMedia(m_dir->path(), QStringLiteral("clip.mp4"), QStringLiteral("media/videos/romain.mp4")));
    InterviewPlayer player(*m_store, *m_preferences);
    player.load(QStringLiteral("romain"));
    player.setOpening(true);
    QSignalSpy mediaSpy(&player, &InterviewPlayer::mediaChanged);
    QVERIFY(m_store->reopen(m_dir->path()));
    QCOMPARE(mediaSpy.count(), 0);   // not while the player opens the video
    player.setOpening(false);
    QCOMPARE(mediaSpy.count(), 0);   // nor from within the player's signal that said it opened
    QTRY_COMPARE(mediaSpy.count(), 1);
    player.setOpening(true);
    player.setOpening(false);   // nothing new meanwhile
    QCoreApplication::processEvents();
    QCOMPARE(mediaSpy.count(), 1);
}

void TestDiscoveryModels::playerClampsTheVolume()
{
    InterviewPlayer player(*m_store, *m_preferences);
    QCOMPARE(player.volumeCap(), 0.8);
    player.setVolumeCap(1.7);
    QCOMPARE(player.volumeCap(), 1.0);
    player.setVolumeCap(-1);
    QCOMPARE(player.volumeCap(), 0.0);
    player.reset();   // the configured level is not visitor state
    QCOMPARE(player.volumeCap(), 0.0);
}

void TestDiscoveryModels::lyceeModelGroupsSectionsByTopic()
{
    LyceeModel model(*m_store, *m_preferences);
    // Fixture: a "label" and a "niveau" section, and figures (so a "chiffres" row for the charts).
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(LyceeModel::TopicRole).toString(), QStringLiteral("label"));
    QCOMPARE(model.index(1).data(LyceeModel::TopicRole).toString(), QStringLiteral("niveau"));
    QCOMPARE(model.index(2).data(LyceeModel::TopicRole).toString(), QStringLiteral("chiffres"));
    QVERIFY(model.index(2).data(LyceeModel::SectionsRole).toList().isEmpty());
    const QVariantList levels = model.index(1).data(LyceeModel::SectionsRole).toList();
    QCOMPARE(levels.size(), 1);
    QCOMPARE(levels.at(0).toMap().value(QStringLiteral("sectionId")).toString(), QStringLiteral("niveau-1"));
    QCOMPARE(levels.at(0).toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Niveau 1"));
    QCOMPARE(levels.at(0).toMap().value(QStringLiteral("body")).toString(), QStringLiteral("Premiers pas"));
    // A search hit opens the row holding it: a section's topic, or the key figures for a chart.
    QCOMPARE(model.rowOfSection(QStringLiteral("niveau-1")), 1);
    QCOMPARE(model.rowOfSection(QStringLiteral("femmes")), 2);
    QCOMPARE(model.rowOfSection(QStringLiteral("absente")), -1);

    // Topics come in screen order whatever the content order; an unknown topic comes last.
    QVERIFY(m_store->open(m_dir->path(), kiosk::ContentStore::Access::ReadWrite));
    QVERIFY(QSqlQuery(m_store->database())
                .exec(QStringLiteral("INSERT INTO lycee_sections (id, topic, title, body, sort_order) VALUES "
                                     "('autre', 'divers', 'Autre', 'x', 0), ('pro', 'bac-pro', 'Bac pro', 'y', 0),"
                                     " ('n2', 'niveau', 'Niveau 2', 'z', 9)")));
    QVERIFY(m_store->reopen(m_dir->path()));
    QStringList topics;
    for (int row = 0; row < model.rowCount(); ++row)
        topics.append(model.index(row).data(LyceeModel::TopicRole).toString());
    QCOMPARE(topics, (QStringList{QStringLiteral("label"), QStringLiteral("niveau"), QStringLiteral("bac-pro"),
                                  QStringLiteral("chiffres"), QStringLiteral("divers")}));
    QCOMPARE(model.index(1).data(LyceeModel::SectionsRole).toList().size(), 2);
}

void TestDiscoveryModels::chartsModelGroupsFiguresByChart()
{
    ChartsModel model(*m_store, *m_preferences);
    // Fixture: chart "secteur" (entreprises 1600, salariés 26000) then "femmes" (28 %).
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex sector = model.index(0);
    QCOMPARE(sector.data(ChartsModel::ChartIdRole).toString(), QStringLiteral("secteur"));
    QCOMPARE(sector.data(ChartsModel::TitleRole).toString(), QStringLiteral("Le secteur en Occitanie"));
    QCOMPARE(sector.data(ChartsModel::ScaleMaxRole).toDouble(), 26000.0);
    QCOMPARE(sector.data(ChartsModel::YearRole).toString(), QStringLiteral("2018"));
    QCOMPARE(sector.data(ChartsModel::SourceRole).toString(), QStringLiteral("Magazine"));
    const QVariantList bars = sector.data(ChartsModel::BarsRole).toList();
    QCOMPARE(bars.size(), 2);
    const QVariantMap employees = bars.at(1).toMap();
    QCOMPARE(employees.value(QStringLiteral("figureId")).toString(), QStringLiteral("salaries"));
    QCOMPARE(employees.value(QStringLiteral("label")).toString(), QStringLiteral("Salariés"));
    QCOMPARE(employees.value(QStringLiteral("value")).toDouble(), 26000.0);
    QCOMPARE(employees.value(QStringLiteral("valueText")).toString(),
             kiosk::FigureQueries::formatNumber(26000, kiosk::Language::French));

    const QModelIndex women = model.index(1);
    QCOMPARE(women.data(ChartsModel::ChartIdRole).toString(), QStringLiteral("femmes"));
    QCOMPARE(women.data(ChartsModel::ScaleMaxRole).toDouble(), 100.0);   // a share: out of 100
    QCOMPARE(women.data(ChartsModel::BarsRole).toList().at(0).toMap().value(QStringLiteral("unit")).toString(),
             QStringLiteral("%"));

    // Bars of different years: no shared year, each bar keeps its own; distinct sources joined.
    QVERIFY(m_store->open(m_dir->path(), kiosk::ContentStore::Access::ReadWrite));
    QVERIFY(QSqlQuery(m_store->database())
                .exec(QStringLiteral("INSERT INTO figures (id, chart, chart_title, label, value, unit, year, source,"
                                     " sort_order) VALUES ('femmes-2', 'femmes', 'Part des femmes', 'Avant', 37,"
                                     " '%', '1972-1985', 'Histoire', 0)")));
    QVERIFY(m_store->reopen(m_dir->path()));
    const QModelIndex changed = model.index(1);
    QCOMPARE(changed.data(ChartsModel::YearRole).toString(), QString());
    const QVariantList womenBars = changed.data(ChartsModel::BarsRole).toList();
    QCOMPARE(womenBars.at(0).toMap().value(QStringLiteral("year")).toString(), QStringLiteral("1972-1985"));
    QCOMPARE(changed.data(ChartsModel::SourceRole).toString(), QStringLiteral("Histoire · Magazine"));
}

// "26 000 salariés" on the French screens, "26,000 employees" on the English ones (the charts and the
// attract loop's figure cards); a unit without English ("%") stays as it is, close to its number in
// English ("28%").
void TestDiscoveryModels::unitsFollowTheLanguage()
{
    QVERIFY(m_store->open(m_dir->path(), kiosk::ContentStore::Access::ReadWrite));
    QVERIFY(QSqlQuery(m_store->database())
                .exec(QStringLiteral("UPDATE figures SET unit = 'salariés', unit_en = 'employees' WHERE id = 'salaries'")));
    QVERIFY(m_store->reopen(m_dir->path()));
    ChartsModel model(*m_store, *m_preferences);
    const auto barOf = [&model](int chart, int bar) {
        return model.index(chart).data(ChartsModel::BarsRole).toList().at(bar).toMap();
    };
    const auto unitOf = [&barOf](int chart, int bar) { return barOf(chart, bar).value(QStringLiteral("unit")).toString(); };
    const auto unitTextOf = [&barOf](int chart, int bar) {
        return barOf(chart, bar).value(QStringLiteral("unitText")).toString();
    };
    const QString thinSpace(QChar(0x202F));
    QCOMPARE(unitOf(0, 1), QStringLiteral("salariés"));
    QCOMPARE(unitTextOf(0, 1), thinSpace + QStringLiteral("salariés"));
    QCOMPARE(unitTextOf(1, 0), thinSpace + QStringLiteral("%"));   // French: "28 %"
    QCOMPARE(unitTextOf(0, 0), QString());                          // no unit
    const auto attractTitle = [this](kiosk::Language language) {
        for (const kiosk::AttractItem &item : kiosk::AttractQuery::items(m_store->database(), language, {false, true, false})) {
            if (item.id == QLatin1String("salaries"))
                return item.title;
        }
        return QString();
    };
    QCOMPARE(attractTitle(kiosk::Language::French),
             kiosk::FigureQueries::formatNumber(26000, kiosk::Language::French) + thinSpace + QStringLiteral("salariés"));
    m_preferences->setLanguage(QStringLiteral("en"));
    QCOMPARE(unitOf(0, 1), QStringLiteral("employees"));
    QCOMPARE(unitOf(1, 0), QStringLiteral("%"));
    QCOMPARE(unitTextOf(0, 1), thinSpace + QStringLiteral("employees"));
    QCOMPARE(unitTextOf(1, 0), QStringLiteral("%"));   // English: "28%"
    QCOMPARE(attractTitle(kiosk::Language::English), QStringLiteral("26,000") + thinSpace + QStringLiteral("employees"));
}

void TestDiscoveryModels::formatsNumbers()
{
    using kiosk::FigureQueries;
    using kiosk::Language;
    QCOMPARE(FigureQueries::formatNumber(26000, Language::English), QStringLiteral("26,000"));
    QCOMPARE(FigureQueries::formatNumber(28, Language::French), QStringLiteral("28"));
    QCOMPARE(FigureQueries::formatNumber(2.5, Language::English), QStringLiteral("2.5"));
    QCOMPARE(FigureQueries::formatNumber(2.5, Language::French), QStringLiteral("2,5"));
    const QString french = FigureQueries::formatNumber(26000, Language::French);
    QCOMPARE(french.size(), 6);   // "26 000" with a (narrow) no-break space
    QVERIFY(french.startsWith(QLatin1String("26")) && french.endsWith(QLatin1String("000")));
}

QTEST_GUILESS_MAIN(TestDiscoveryModels)
#include "tst_discoverymodels.moc"
