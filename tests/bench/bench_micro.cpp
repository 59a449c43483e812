// SPDX-License-Identifier: GPL-3.0-or-later
// Micro-benchmarks of the core's hot paths with QBENCHMARK, each beside a baseline measured in the
// same run (the data tag says which: "kiosk …" or "baseline …"):
//   search   — kiosk::Search::find (the visitor's words rewritten, typo tolerance, bm25 ranking,
//              one block per kind) against one FTS5 MATCH of the same word on the same index,
//              ranked by bm25: what SQLite alone costs.
//   csv      — CsvReader::parse of the jobs sheet (encoding, quotes, checks) against splitting the
//              same text into lines and cells on the separator.
//   captions — WebVtt::parse of an interview's captions against splitting the same text into lines.
//   folding  — foldText (lower case, accents and ligatures off) of a job title against
//              QString::toLower.
// Inputs: the demo content and sheets of this build; with KIOSK_BENCH_BIG_CONTENT and
// KIOSK_BENCH_BIG_SHEETS (./kiosk.sh bench sets them), the 10,000-card ones too.
//   bench_micro [-median N] [-csv] [Qt Test options…]      (never run by ctest: it asserts nothing)
#include "authoring/CsvReader.h"
#include "content/ContentStore.h"
#include "content/Language.h"
#include "content/Search.h"
#include "content/TextFolding.h"
#include "content/WebVtt.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace kiosk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bench_micro: cannot read %s", qPrintable(path));
    return file.readAll();
}

// "label" → folder: the demo one, and the 10,000-card one when bigVariable is set.
QList<std::pair<QString, QString>> folders(const QString &demo, const char *bigVariable)
{
    QList<std::pair<QString, QString>> list{{QStringLiteral("demo"), demo}};
    if (qEnvironmentVariableIsSet(bigVariable))
        list.append({QStringLiteral("10k cards"), qEnvironmentVariable(bigVariable)});
    return list;
}

QList<std::pair<QString, QString>> contents()
{
    return folders(QStringLiteral(KIOSK_BENCH_DEMO_CONTENT), "KIOSK_BENCH_BIG_CONTENT");
}

QList<std::pair<QString, QString>> sheets()
{
    return folders(QStringLiteral(KIOSK_BENCH_DEMO_SHEETS), "KIOSK_BENCH_BIG_SHEETS");
}

} // namespace

class BenchMicro : public QObject
{
    Q_OBJECT

    // One open content per label, its search cache filled (as the kiosk does when content opens).
    struct OpenContent
    {
        ContentStore store;
        std::unique_ptr<Search> search;
    };
    QHash<QString, std::shared_ptr<OpenContent>> m_contents;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.info=false"));
        for (const auto &[label, dir] : contents()) {
            auto content = std::make_shared<OpenContent>();
            QVERIFY2(content->store.open(dir), qPrintable(content->store.errorString()));
            content->search = std::make_unique<Search>(content->store);
            content->search->find(QStringLiteral("développeur"), Language::French);
            m_contents.insert(label, content);
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("kiosk");
        for (const auto &[label, dir] : contents()) {
            QTest::addRow("kiosk %s", qPrintable(label)) << label << true;
            QTest::addRow("baseline %s", qPrintable(label)) << label << false;
        }
    }

    // A whole word a visitor types, found in every kind of content.
    void search()
    {
        QFETCH(QString, content);
        QFETCH(bool, kiosk);
        const OpenContent &open = *m_contents.value(content);
        QSqlQuery match(open.store.database());
        match.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"
                                     " ORDER BY bm25(search_index) LIMIT 40"));
        int found = 0;
        QBENCHMARK {
            if (kiosk) {
                found = int(open.search->find(QStringLiteral("développeur"), Language::French).size());
            } else {
                match.addBindValue(QStringLiteral("\"developpeur\"*"));
                QVERIFY(match.exec());
                for (found = 0; match.next(); ++found) {}
            }
        }
        QVERIFY(found > 0);
    }

    void csv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("kiosk");
        for (const auto &[label, dir] : sheets()) {
            const QByteArray bytes = readAll(dir + QStringLiteral("/metiers.csv"));
            QTest::addRow("kiosk %s", qPrintable(label)) << bytes << true;
            QTest::addRow("baseline %s", qPrintable(label)) << bytes << false;
        }
    }

    void csv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, kiosk);
        qsizetype parts = 0;   // rows or cells: kept, so that the work is not optimised away
        QBENCHMARK {
            if (kiosk) {
                parts = CsvReader::parse(bytes).records.size();
            } else {
                parts = 0;
                for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n')))
                    parts += line.split(QLatin1Char(',')).size();
            }
        }
        QVERIFY(parts > 0);
    }

    void captions_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("kiosk");
        const QByteArray bytes = readAll(QStringLiteral(KIOSK_BENCH_DEMO_CONTENT "/media/captions/romain.vtt"));
        QTest::addRow("kiosk") << bytes << true;
        QTest::addRow("baseline") << bytes << false;
    }

    void captions()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, kiosk);
        qsizetype parts = 0;
        QBENCHMARK {
            parts = kiosk ? WebVtt::parse(bytes).cues.size()
                          : QString::fromUtf8(bytes).split(QLatin1Char('\n')).size();
        }
        QVERIFY(parts > 0);
    }

    void folding_data()
    {
        QTest::addColumn<bool>("kiosk");
        QTest::addRow("kiosk") << true;
        QTest::addRow("baseline") << false;
    }

    void folding()
    {
        QFETCH(bool, kiosk);
        const QString title = QStringLiteral("Ingénieure en cybersécurité — œuvre à la sûreté des systèmes");
        QString folded;
        QBENCHMARK {
            folded = kiosk ? foldText(title) : title.toLower();
        }
        QVERIFY(!folded.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchMicro)
#include "bench_micro.moc"
