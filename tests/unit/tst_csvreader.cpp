// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as LibreOffice Calc and Excel write it: encodings, separators, quoting, broken files, size.
#include "authoring/CsvReader.h"
#include "authoring/CsvWriter.h"
#include "authoring/SheetText.h"

#include <QElapsedTimer>
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
