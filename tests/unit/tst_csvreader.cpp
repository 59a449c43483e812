// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as LibreOffice Calc and Excel write it: encodings, separators, quoting, broken files, size.
#include "authoring/AuthoringSource.h"
#include "authoring/CsvReader.h"
#include "authoring/CsvWriter.h"
#include "authoring/SheetText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using kiosk::CsvReader;
using kiosk::CsvTable;
using kiosk::SheetEncoding;

namespace {

QStringList cells(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *cell : utf8)
        list.append(QString::fromUtf8(cell));
    return list;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The problems AuthoringSource reports for one sheet, as staff read them.
QStringList problemsOf(const kiosk::AuthoringSource &source, const QString &sheet)
{
    QStringList found;
    for (const kiosk::ImportProblem &problem : source.problems) {
        if (problem.sheet == sheet)
            found << problem.toString();
    }
    return found;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUtf8WithAndWithoutBom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<SheetEncoding>("encoding");
        const QByteArray sheet = QStringLiteral("id,nom\nsecu,Cybersécurité\n").toUtf8();
        QTest::newRow("utf-8") << sheet << SheetEncoding::Utf8;
        QTest::newRow("utf-8 + BOM") << QByteArray("\xEF\xBB\xBF") + sheet << SheetEncoding::Utf8WithBom;
    }

    void readsUtf8WithAndWithoutBom()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(SheetEncoding, encoding);
        const CsvTable table = CsvReader::parse(bytes);
        QCOMPARE(table.encoding, encoding);
        QCOMPARE(table.header, cells({"id", "nom"})); // no BOM glued to "id"
        QCOMPARE(table.records.size(), 1);
        QCOMPARE(table.records.first().cells, cells({"secu", "Cybersécurité"}));
    }

    void readsWindows1252()
    {
        // "Métier;Prix\r\nŒuvre – l’été;5 €\r\n" as Excel's "CSV (séparateur : point-virgule)" writes it.
        const QByteArray bytes("M\xE9tier;Prix\r\n\x8Cuvre \x96 l\x92\xE9t\xE9;5 \x80\r\n");
        const CsvTable table = CsvReader::parse(bytes);
        QCOMPARE(table.encoding, SheetEncoding::Windows1252);
        QCOMPARE(table.separator, QLatin1Char(';'));
        QCOMPARE(table.header, cells({"Métier", "Prix"}));
        QCOMPARE(table.records.first().cells, cells({"Œuvre – l’été", "5 €"}));
    }

    // One Windows-1252 line in a UTF-8 sheet (`printf '…\xe9…' >> sources.csv`): neither reading is
    // right for the whole file, so it is refused, with the spreadsheet row of the first bad byte.
    void mixedEncodingIsRefusedWithItsRow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");
        const QByteArray utf8 = QStringLiteral("id,titre,editeur,annee,lien\n"
                                               "insee,Métiers du numérique,Insee,2021,\n"
                                               "onisep,\"Les métiers\nsur deux lignes\",Onisep,2022,\n")
                                    .toUtf8();
        const QByteArray appended("zz-src,Une source \xe9t\xe9 mal encod\xe9""e,,2020,\n");
        QTest::newRow("appended line") << utf8 + appended << 4; // row 3 holds two file lines
        QTest::newRow("with BOM, no other accent")
            << QByteArray("\xEF\xBB\xBFid,titre\na,b\n") + appended << 3;
        QTest::newRow("inside a multi-line cell")
            << QByteArray("id,titre\nx,\"d\xc3\xa9" "but\nfin \xe9t\xe9\"\ny,z\n") << 2;
        QTest::newRow("truncated sequence at the end") << QByteArray("id,titre\nx,caf\xc3\xa9\ny,\xc3") << 3;
        // The parse stops at the broken quote of row 2: the bad byte's line is counted in the file.
        QTest::newRow("after a broken quote") << QByteArray("id,titre\n\"x\" y,\xc3\xa9\n\nz,\xe9\n") << 4;
    }

    void mixedEncodingIsRefusedWithItsRow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(!table.errors.isEmpty());
        QCOMPARE(table.errors.first().row, row);
        QCOMPARE(table.errors.first().column, 0);
        QCOMPARE(table.errors.first().message,
                 QStringLiteral("encodage mélangé : le fichier est en UTF-8 sauf cette ligne ; "
                                "enregistrez-le de nouveau en UTF-8"));
        QVERIFY(table.encoding != SheetEncoding::Windows1252);
    }

    void encodingIsDecidedOnTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<SheetEncoding>("encoding");
        QTest::addColumn<QString>("cell");
        // No valid multi-byte sequence at all: Excel's "CSV" export.
        QTest::newRow("windows-1252 only") << QByteArray("id,nom\na,\xe9t\xe9 \x80\n") << SheetEncoding::Windows1252
                                           << QStringLiteral("été €");
        // Every kind of valid sequence, up to four bytes.
        QTest::newRow("utf-8, 2 to 4 bytes") << QStringLiteral("id,nom\na,é – 😀\n").toUtf8() << SheetEncoding::Utf8
                                             << QStringLiteral("é – 😀");
        // An encoded surrogate or an overlong form is not UTF-8: with no valid sequence, CP1252.
        QTest::newRow("overlong only") << QByteArray("id,nom\na,\xc0\xaf\n") << SheetEncoding::Windows1252
                                       << QStringLiteral("À¯");
    }

    void encodingIsDecidedOnTheWholeFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(SheetEncoding, encoding);
        QFETCH(QString, cell);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.encoding, encoding);
        QCOMPARE(table.records.first().cells.at(1), cell);
    }

    // Through the source reader that pack build, content build and the kiosk's import share.
    void sourceReaderRefusesMixedEncodingAndOversizedSheets()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sources.csv")),
                          QStringLiteral("id,titre\ninsee,Métiers\n").toUtf8() + "zz-src,\xe9t\xe9\n"));
        // Sparse: the size is checked before any byte is read.
        QFile big(dir.filePath(QStringLiteral("metiers.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kiosk::AuthoringSource::maxSheetBytes + 1));
        big.close();
        const kiosk::AuthoringSource source = kiosk::AuthoringSource::read(dir.path(), dir.path());
        QCOMPARE(problemsOf(source, QStringLiteral("sources.csv")),
                 QStringList{QStringLiteral("sources.csv, ligne 3 : encodage mélangé : le fichier est en UTF-8 "
                                            "sauf cette ligne ; enregistrez-le de nouveau en UTF-8")});
        QCOMPARE(problemsOf(source, QStringLiteral("metiers.csv")),
                 QStringList{QStringLiteral("metiers.csv : feuille trop grosse : 40,0 Mo, la limite est de 40 Mo "
                                            "par feuille")});
        QVERIFY(source.sheet(QStringLiteral("metiers.csv")).rows.isEmpty());
    }

    // The limit leaves room: the jobs sheet of 10 000 jobs (9.3 MB, `kioskctl content generate
    // --jobs 10000`) is about a quarter of it.
    void sheetLimitIsWellAboveTenThousandJobs()
    {
        QVERIFY(kiosk::AuthoringSource::maxSheetBytes >= 4 * 9'300'000);
        QTemporaryDir dir;
        QByteArray sheet = "id,nom\n";
        const QByteArray row = "x," + QByteArray(1023, 'a') + '\n';
        while (sheet.size() + row.size() <= kiosk::AuthoringSource::maxSheetBytes)
            sheet += row;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sources.csv")), sheet));
        const kiosk::AuthoringSource source = kiosk::AuthoringSource::read(dir.path(), dir.path());
        for (const QString &problem : problemsOf(source, QStringLiteral("sources.csv")))
            QVERIFY2(!problem.contains(QStringLiteral("trop grosse")), qPrintable(problem));
    }

    void windows1252TableCoversEveryByte()
    {
        QByteArray all;
        for (int byte = 0; byte < 256; ++byte)
            all.append(char(byte));
        const QString text = kiosk::fromWindows1252(all);
        QCOMPARE(text.size(), 256);
        QCOMPARE(text.at(0xE9), QChar(0xE9));     // é, as Latin-1
        QCOMPARE(text.at(0x80), QChar(0x20AC));   // €
        QCOMPARE(text.at(0x9C), QChar(0x0153));   // œ
        QCOMPARE(text.at(0x81), QChar(0x81));     // unassigned: kept
    }

    void detectsTheSeparatorOnTheHeaderLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("comma") << QByteArray("a,b,c\n1;2,3,4\n") << QChar(u',') << cells({"1;2", "3", "4"});
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QChar(u';') << cells({"1,5", "2", "3"});
        // A quoted header cell holding the other separator does not fool the count.
        QTest::newRow("quoted header") << QByteArray("\"a;b;c\",d,e\n1,2,3\n") << QChar(u',') << cells({"1", "2", "3"});
        QTest::newRow("one column") << QByteArray("id\nx\n") << QChar(u',') << cells({"x"});
    }

    void detectsTheSeparatorOnTheHeaderLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(QStringList, row);
        const CsvTable table = CsvReader::parse(bytes);
        QCOMPARE(table.separator, separator);
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.records.first().cells, row);
    }

    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        const QByteArray bytes("id,texte,fin\r\n"
                               "a,\"Première ligne\r\nDeuxième, \"\"citée\"\"\",x\r\n"
                               "b,\"\",\"y\"\r\n"
                               "c,  \"espaces avant\"  ,z\r\n");
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records.at(0).cells,
                 cells({"a", "Première ligne\nDeuxième, \"citée\"", "x"}));
        QCOMPARE(table.records.at(1).cells, cells({"b", "", "y"}));
        QCOMPARE(table.records.at(2).cells, cells({"c", "espaces avant", "z"}));
        // Spreadsheet rows, not file lines: the line break inside a cell does not shift them.
        QCOMPARE(table.records.at(0).row, 2);
        QCOMPARE(table.records.at(1).row, 3);
        QCOMPARE(table.records.at(2).row, 4);
    }

    void everyLineEndIsUnderstood_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR (old Mac Excel)") << QByteArray("a,b\r1,2\r3,4\r");
    }

    void everyLineEndIsUnderstood()
    {
        QFETCH(QByteArray, bytes);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(1).cells, cells({"3", "4"}));
        QCOMPARE(table.records.at(1).row, 3);
    }

    void blankRowsAreSkippedButCounted()
    {
        // Excel exports formatted empty rows as ";;;".
        const CsvTable table = CsvReader::parse("a;b\n1;2\n;\n\n3;4\n;;\n");
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(1).cells, cells({"3", "4"}));
        QCOMPARE(table.records.at(1).row, 5);
    }

    void cellsAreTrimmed()
    {
        const CsvTable table = CsvReader::parse("a,b\n  x , y\t\n");
        QCOMPARE(table.records.first().cells, cells({"x", "y"}));
    }

    void malformedQuotesAreReportedWithRowAndColumn_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("never closed") << QByteArray("a,b,c\n1,2,3\n4,\"ouvert,6\n7,8,9\n") << 3 << 2
                                      << QStringLiteral("jamais refermé");
        QTest::newRow("text after the closing quote") << QByteArray("a,b,c\n1,\"deux\" trois,3\n") << 2 << 2
                                                      << QStringLiteral("après le guillemet fermant");
        QTest::newRow("quote inside a plain cell") << QByteArray("a;b;c\n1;2;un \"mot\"\n") << 2 << 3
                                                   << QStringLiteral("guillemet au milieu");
        QTest::newRow("after a multi-line cell") << QByteArray("a,b\n\"x\ny\",1\n2,\"z\"!\n") << 3 << 2
                                                 << QStringLiteral("après le guillemet fermant");
    }

    void malformedQuotesAreReportedWithRowAndColumn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, message);
        const CsvTable table = CsvReader::parse(bytes);
        QCOMPARE(table.errors.size(), 1);
        QCOMPARE(table.errors.first().row, row);
        QCOMPARE(table.errors.first().column, column);
        QVERIFY2(table.errors.first().message.contains(message), qPrintable(table.errors.first().message));
    }

    void emptySheets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("no byte") << QByteArray() << QStringList();
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringList();
        QTest::newRow("header only") << QByteArray("id;nom\r\n") << cells({"id", "nom"});
    }

    void emptySheets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        const CsvTable table = CsvReader::parse(bytes);
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.header, header);
        QVERIFY(table.records.isEmpty());
    }

    void writerOutputReadsBackUnchanged()
    {
        const QStringList header = cells({"id", "texte"});
        const QList<QStringList> rows = {cells({"a", "virgule, point-virgule ; \"guillemets\""}),
                                         cells({"b", "deux\nlignes"}), cells({"c", ""})};
        const CsvTable table = CsvReader::parse(kiosk::writeCsv(header, rows));
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.header, header);
        QCOMPARE(table.records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(table.records.at(i).cells, rows.at(i));
    }

    void tenThousandRowsAreFast()
    {
        QList<QStringList> rows;
        for (int i = 0; i < 10000; ++i)
            rows.append({QStringLiteral("metier-%1").arg(i), QStringLiteral("Développeur n° %1").arg(i),
                         QStringLiteral("Écrire du code,\nle tester ; le « livrer ».").repeated(8),
                         QStringLiteral("bac+2|bac+3"), QStringLiteral("dev|cyber")});
        const QByteArray bytes = kiosk::writeCsv(cells({"id", "titre", "missions", "niveaux", "secteurs"}), rows);
        QElapsedTimer timer;
        timer.start();
        const CsvTable table = CsvReader::parse(bytes);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(table.errors.isEmpty());
        QCOMPARE(table.records.size(), 10000);
        QCOMPARE(table.records.last().row, 10001);
        QCOMPARE(table.records.last().cells.at(0), QStringLiteral("metier-9999"));
        // About 0.1 s here; the bound leaves room for a loaded machine and the sanitizer build.
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms for %2 bytes").arg(elapsed).arg(bytes.size())));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
