// SPDX-License-Identifier: GPL-3.0-or-later
// HashingCopy, the one pass that copies a pack file into staging and hashes it: the SHA-256 it checks
// is the standard one (compared with Qt's), over every byte, across chunk boundaries; a file that
// differs from its manifest entry in any way is refused and nothing is accepted.
#include "update/HashingCopy.h"
#include "update/PackFileType.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

Q_DECLARE_METATYPE(kiosk::PackRefusal)

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &byte : data)
        byte = char(generator.bounded(256));
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ManifestFile entryFor(const QByteArray &data)
{
    const QByteArray sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    return {QStringLiteral("media/videos/x.mp4"), data.size(), sha256};
}

} // namespace

class TestHashingCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    int m_next = 0;

    // Writes data as a source file, then copies it with the given manifest entry to a new destination.
    PackError copy(const QByteArray &data, const ManifestFile &entry, QString *destination, QByteArray *header,
                   const HashingCopy::ChunkCallback &onChunk = {})
    {
        const QString source = m_work.filePath(QStringLiteral("source-%1").arg(++m_next));
        *destination = m_work.filePath(QStringLiteral("copy-%1").arg(m_next));
        if (!writeFile(source, data))
            return PackError::make(PackRefusal::IoError, source);
        return HashingCopy::copy(source, *destination, entry, onChunk, header);
    }

private Q_SLOTS:
    void copiesAndChecksTheStandardSha256_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("small") << qsizetype(10);
        QTest::newRow("one chunk") << qsizetype(1024 * 1024);
        QTest::newRow("chunks and a tail") << qsizetype(3 * 1024 * 1024 + 17);
    }

    void copiesAndChecksTheStandardSha256()
    {
        QFETCH(qsizetype, size);
        const QByteArray data = randomBytes(size);
        QString destination;
        QByteArray header;
        qint64 reported = 0;
        const PackError error = copy(data, entryFor(data), &destination, &header, [&](qint64 chunk) {
            reported += chunk;
            return true;
        });
        QVERIFY2(error.ok(), qPrintable(error.toString()));
        QCOMPARE(readFile(destination), data);
        QCOMPARE(reported, qint64(size));
        QCOMPARE(header, data.left(PackFileType::headerBytes));
    }

    void refusesAFileUnlikeItsEntry_data()
    {
        QTest::addColumn<int>("change"); // 0: one byte flipped at the end, 1: shorter, 2: longer
        QTest::addColumn<PackRefusal>("refusal");
        QTest::newRow("last byte flipped") << 0 << PackRefusal::HashMismatch;
        QTest::newRow("shorter") << 1 << PackRefusal::SizeMismatch;
        QTest::newRow("longer") << 2 << PackRefusal::SizeMismatch;
    }

    void refusesAFileUnlikeItsEntry()
    {
        QFETCH(int, change);
        QFETCH(PackRefusal, refusal);
        const QByteArray data = randomBytes(2 * 1024 * 1024 + 5);
        QByteArray onDisk = data;
        if (change == 0)
            onDisk.back() = char(~onDisk.back());
        else if (change == 1)
            onDisk.chop(1);
        else
            onDisk.append('x');
        QString destination;
        QByteArray header;
        QCOMPARE(copy(onDisk, entryFor(data), &destination, &header).refusal, refusal);
    }

    void refusesASymlink()
    {
        const QByteArray data = randomBytes(100);
        const QString target = m_work.filePath(QStringLiteral("target"));
        const QString link = m_work.filePath(QStringLiteral("link"));
        QVERIFY(writeFile(target, data));
        QVERIFY(QFile::link(target, link));
        QByteArray header;
        const QString destination = m_work.filePath(QStringLiteral("copy-link"));
        QCOMPARE(HashingCopy::copy(link, destination, entryFor(data), {}, &header).refusal,
                 PackRefusal::NotRegularFile);
    }

    void stopsWhenCancelled()
    {
        const QByteArray data = randomBytes(3 * 1024 * 1024);
        QString destination;
        QByteArray header;
        QCOMPARE(copy(data, entryFor(data), &destination, &header, [](qint64) { return false; }).refusal,
                 PackRefusal::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestHashingCopy)
#include "tst_hashingcopy.moc"
