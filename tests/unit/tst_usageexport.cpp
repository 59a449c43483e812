// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics export: names, CSV (BOM, ';', quoting) parsed back, JSON summary, atomic writes.
#include "TestAnalytics.h"
#include "TestContent.h"
#include "analytics/ItemTitles.h"
#include "analytics/UsageExport.h"
#include "analytics/UsageLog.h"
#include "content/ContentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using kiosk::UsageLog;
namespace UsageExport = kiosk::UsageExport;

namespace {

// A small RFC 4180 reader with ';' as separator: enough to read back what the export wrote.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestUsageExport : public QObject
{
    Q_OBJECT

    QDateTime m_now{QDate(2026, 3, 14), QTime(18, 0)};
    UsageLog::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void kioskIdIsSafeInAFileName()
    {
        QCOMPARE(UsageExport::kioskId(QStringLiteral("Lycée Ozenne n°2")), QStringLiteral("Lycee-Ozenne-n-2"));
        QCOMPARE(UsageExport::kioskId(QStringLiteral("../../etc")), QStringLiteral("etc"));
        QCOMPARE(UsageExport::kioskId(QStringLiteral("///")), QStringLiteral("kiosque"));
        QVERIFY(!UsageExport::kioskId().isEmpty()); // the host name
    }

    // Staff read names, whatever kind of item a statistic is about.
    void titlesComeFromTheContent()
    {
        QTemporaryDir dir;
        QVERIFY(kiosk::test::writeSmallContent(dir.path()));
        kiosk::ContentStore store;
        QVERIFY(store.open(dir.path()));
        const kiosk::ItemTitles titles = kiosk::ItemTitles::fromContent(store);
        QCOMPARE(titles.title(QStringLiteral("training"), QStringLiteral("bts-sio-slam")).left(7), QStringLiteral("BTS SIO"));
        QCOMPARE(titles.title(QStringLiteral("interview"), QStringLiteral("romain")), QStringLiteral("Romain — Développeur"));
        QCOMPARE(titles.title(QStringLiteral("lycee"), QStringLiteral("label")), QStringLiteral("Le label"));
        QCOMPARE(titles.title(QStringLiteral("chart"), QStringLiteral("secteur")), QStringLiteral("Le secteur en Occitanie"));
        QCOMPARE(titles.title(QStringLiteral("chart"), QStringLiteral("gone")), QStringLiteral("gone"));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        QVERIFY(kiosk::test::recordSampleVisits(log, m_now.date()));
        kiosk::ItemTitles titles;
        titles.insert(QStringLiteral("job"), QStringLiteral("developpeur"), QStringLiteral("Développeur; \"full stack\""));
        titles.insert(QStringLiteral("job"), QStringLiteral("analyste-cyber"), QStringLiteral("=HYPERLINK(\"x\")"));

        const QString out = dir.filePath(QStringLiteral("stick/kiosk-export"));
        const UsageExport::Result result = UsageExport::write(log, titles, out, QStringLiteral("stand-1"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.csvPath, QDir(out).absoluteFilePath(QStringLiteral("statistiques-stand-1-2026-03-14.csv")));
        QCOMPARE(result.jsonPath, QDir(out).absoluteFilePath(QStringLiteral("statistiques-stand-1-2026-03-14.json")));
        // Only the two final files: no temporary file left behind.
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 2);

        const QByteArray bytes = readAll(result.csvPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.first(),
                 QStringList({QStringLiteral("date"), QStringLiteral("heure"), QStringLiteral("événement"),
                              QStringLiteral("mesure"), QStringLiteral("type"), QStringLiteral("identifiant"),
                              QStringLiteral("titre"), QStringLiteral("valeur")}));
        QMap<QString, qint64> visitsByHour;
        qint64 developpeurViews = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 8);
            QCOMPARE(row[0], QStringLiteral("2026-03-14"));
            if (row[3] == QLatin1String("visites"))
                visitsByHour[row[1]] += row[7].toLongLong();
            if (row[3] == QStringLiteral("fiche consultée") && row[5] == QLatin1String("developpeur")) {
                QCOMPARE(row[4], QStringLiteral("métier"));
                QCOMPARE(row[6], QStringLiteral("Développeur; \"full stack\""));
                developpeurViews += row[7].toLongLong();
            }
            if (row[5] == QLatin1String("analyste-cyber"))
                QCOMPARE(row[6], QStringLiteral("'=HYPERLINK(\"x\")")); // not evaluated by a spreadsheet
        }
        QCOMPARE(visitsByHour, (QMap<QString, qint64>{{QStringLiteral("9"), 1}, {QStringLiteral("10"), 2}}));
        QCOMPARE(developpeurViews, 3);

        const QJsonObject json = QJsonDocument::fromJson(readAll(result.jsonPath)).object();
        QCOMPARE(json[QStringLiteral("kiosk")].toString(), QStringLiteral("stand-1"));
        const QJsonObject csv = json[QStringLiteral("csv")].toObject();
        QCOMPARE(csv[QStringLiteral("file")].toString(), QStringLiteral("statistiques-stand-1-2026-03-14.csv"));
        QCOMPARE(csv[QStringLiteral("bytes")].toInteger(), bytes.size());
        QCOMPARE(csv[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const QJsonObject event = json[QStringLiteral("event")].toObject();
        QCOMPARE(event[QStringLiteral("sessions")].toInt(), 3);
        QCOMPARE(event[QStringLiteral("meanSessionSeconds")].toInt(), 160);
        QCOMPARE(event[QStringLiteral("visitsByHour")].toArray().size(), 24);
        QCOMPARE(event[QStringLiteral("visitsByHour")].toArray().at(10).toInt(), 2);
        const QJsonObject topJob = event[QStringLiteral("topJobs")].toArray().first().toObject();
        QCOMPARE(topJob[QStringLiteral("id")].toString(), QStringLiteral("developpeur"));
        QCOMPARE(topJob[QStringLiteral("views")].toInt(), 3);
        const QJsonObject romain = event[QStringLiteral("interviews")].toArray().first().toObject();
        QCOMPARE(romain[QStringLiteral("completionRate")].toDouble(), 0.5);
        QCOMPARE(json[QStringLiteral("today")].toObject()[QStringLiteral("sessions")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("allTime")].toObject()[QStringLiteral("sessions")].toInt(), 3);

        // Exporting again the same day replaces both files atomically.
        QVERIFY(kiosk::test::recordSampleVisits(log, m_now.date()));
        QVERIFY(UsageExport::write(log, titles, out, QStringLiteral("stand-1")).ok);
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 2);
        QCOMPARE(QJsonDocument::fromJson(readAll(result.jsonPath))
                     .object()[QStringLiteral("event")]
                     .toObject()[QStringLiteral("sessions")]
                     .toInt(),
                 6);
    }

    void failsCleanlyWhenTheFolderIsUnusable()
    {
        QTemporaryDir dir;
        UsageLog log(clock());
        QVERIFY(log.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const UsageExport::Result result = UsageExport::write(log, {}, notAFolder, QStringLiteral("k"));
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());

        UsageLog closed(clock());
        QVERIFY(!UsageExport::write(closed, {}, dir.path(), QStringLiteral("k")).ok);
    }
};

QTEST_GUILESS_MAIN(TestUsageExport)
#include "tst_usageexport.moc"
