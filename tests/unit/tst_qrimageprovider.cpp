// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageProvider.h"

#include <QTest>
#include <QUrl>

// QR codes drawn for the job and training cards.
class TestQrImageProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAUrl()
    {
        const auto matrix = QrImageProvider::encode(QStringLiteral("https://www.onisep.fr/metier/developpeur"));
        QVERIFY(matrix.size > 20);   // version 1 is 21 modules; a URL of 40 bytes needs more
        QCOMPARE(matrix.dark.size(), matrix.size * matrix.size);
        // The three finder patterns: dark corners top-left, top-right, bottom-left, light bottom-right.
        QVERIFY(matrix.dark.at(0));
        QVERIFY(matrix.dark.at(matrix.size - 1));
        QVERIFY(matrix.dark.at((matrix.size - 1) * matrix.size));
        QCOMPARE(QrImageProvider::encode(QString()).size, 0);
    }

    void imageHasWholePixelModulesAndAQuietZone()
    {
        QrImageProvider provider;
        QSize size;
        const QString url = QStringLiteral("https://example.org/a b?x=1&y=%25");
        const QImage image = provider.requestImage(QString::fromLatin1(QUrl::toPercentEncoding(url)), &size,
                                                   QSize(300, 300));
        QVERIFY(!image.isNull());
        QCOMPARE(size, image.size());
        QVERIFY(image.width() <= 300);
        const int modules = QrImageProvider::encode(url).size + 2 * QrImageProvider::kQuietZone;
        QCOMPARE(image.width() % modules, 0);   // every module the same whole number of pixels
        const int scale = image.width() / modules;
        QVERIFY(scale >= 2);
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));   // quiet zone
        QCOMPARE(image.pixelColor(QrImageProvider::kQuietZone * scale, QrImageProvider::kQuietZone * scale),
                 QColor(Qt::black));   // top-left finder
    }

    void defaultSizeWhenNoneIsRequested()
    {
        QrImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(QStringLiteral("kiosque"), &size, QSize());
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= QrImageProvider::kDefaultSize);
        QVERIFY(image.width() > QrImageProvider::kDefaultSize / 2);
    }
};

QTEST_MAIN(TestQrImageProvider)
#include "tst_qrimageprovider.moc"
