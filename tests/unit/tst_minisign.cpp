// SPDX-License-Identifier: GPL-3.0-or-later
// minisign formats: our own round trips, and interoperability with the real `minisign` binary
// (a pack signed by kioskctl verifies with `minisign -V`; one signed by `minisign -S` is accepted).
#include "update/Minisign.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace ms = kiosk::minisign;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

ms::SecretKey secretKey(const ms::KeyFiles &files, const QByteArray &password = {})
{
    QString error;
    const auto key = ms::parseSecretKey(files.secretKeyFile, password, &error);
    if (!key)
        qFatal("secret key: %s", qPrintable(error));
    return *key;
}

ms::PublicKey publicKey(const QByteArray &file)
{
    QString error;
    const auto key = ms::parsePublicKey(file, &error);
    if (!key)
        qFatal("public key: %s", qPrintable(error));
    return *key;
}

} // namespace

class TestMinisign : public QObject
{
    Q_OBJECT

    QString m_minisign;
    QTemporaryDir m_dir;
    const QByteArray m_message = QByteArrayLiteral("{\"format_version\": 1}\n");

    // Runs minisign with input on stdin; returns its exit code (-1 if it could not run).
    int minisign(const QStringList &arguments, const QByteArray &input = {}, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_minisign, arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -1;
        if (output)
            *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Runs a /bin/sh command line in the test folder.
    int shell(const QString &command, QByteArray *output)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -1;
        *output = process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    }

    void signsAndVerifies()
    {
        const ms::KeyFiles files = ms::generate({});
        const ms::SecretKey key = secretKey(files);
        const ms::PublicKey pub = publicKey(files.publicKeyFile);
        QCOMPARE(key.publicKey().key, pub.key);
        QString error;
        const auto signature = ms::parseSignature(ms::sign(m_message, key, QStringLiteral("version:7")), &error);
        QVERIFY2(signature, qPrintable(error));
        QVERIFY(signature->prehashed);
        QCOMPARE(signature->trustedComment, QStringLiteral("version:7"));
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::Valid);
    }

    void refusesTamperedMessageCommentAndUnknownKey()
    {
        const ms::KeyFiles files = ms::generate({});
        const ms::KeyFiles other = ms::generate({});
        const ms::PublicKey pub = publicKey(files.publicKeyFile);
        QString error;
        auto signature = ms::parseSignature(ms::sign(m_message, secretKey(files), QStringLiteral("version:7")), &error);
        QVERIFY(signature);
        QCOMPARE(ms::verify(m_message + ' ', *signature, {pub}), ms::Verdict::BadSignature);
        QCOMPARE(ms::verify(m_message, *signature, {publicKey(other.publicKeyFile)}), ms::Verdict::UnknownKey);
        QCOMPARE(ms::verify(m_message, *signature, {}), ms::Verdict::UnknownKey);
        // Another key claiming the same id does not verify.
        ms::PublicKey impostor = publicKey(other.publicKeyFile);
        impostor.keyId = pub.keyId;
        QCOMPARE(ms::verify(m_message, *signature, {impostor}), ms::Verdict::BadSignature);
        signature->trustedCommentBytes = "version:8";
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::BadTrustedComment);
    }

    // minisign signs the trusted comment's bytes, whatever they are: a comment that is not UTF-8
    // verifies over those exact bytes and is decoded (lossy) only for display.
    void trustedCommentThatIsNotUtf8Verifies()
    {
        const ms::KeyFiles files = ms::generate({});
        const QByteArray comment("caf\xc3\xa9 \xff\xfe");
        QString error;
        auto signature = ms::parseSignature(ms::sign(m_message, secretKey(files), comment), &error);
        QVERIFY2(signature, qPrintable(error));
        QCOMPARE(signature->trustedCommentBytes, comment);
        QVERIFY(signature->trustedComment.startsWith(QStringLiteral("café ")));
        const ms::PublicKey pub = publicKey(files.publicKeyFile);
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::Valid);
        // The decoded text is for display: changing it changes nothing; the bytes are what counts.
        signature->trustedComment = QStringLiteral("autre chose");
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::Valid);
        signature->trustedCommentBytes.chop(1);
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::BadTrustedComment);
    }

    void minisignTrustedCommentThatIsNotUtf8Verifies()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        QFile::remove(path(QStringLiteral("n.pub")));
        QFile::remove(path(QStringLiteral("n.key")));
        QCOMPARE(minisign({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), QStringLiteral("n.pub"),
                           QStringLiteral("-s"), QStringLiteral("n.key")}),
                 0);
        QVERIFY(writeAll(path(QStringLiteral("manifest.json")), m_message));
        // A QString argument cannot carry the byte 0xFF: QProcess gets it through the shell's printf.
        QByteArray output;
        const QString sign = QStringLiteral("'%1' -S -s n.key -m manifest.json -t \"$(printf 'caf\\303\\251 \\377\\376')\"")
                                 .arg(m_minisign);
        QVERIFY2(shell(sign, &output) == 0, output.constData());
        QCOMPARE(minisign({QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("n.pub"), QStringLiteral("-m"),
                           QStringLiteral("manifest.json")}),
                 0);
        QString error;
        const auto signature = ms::parseSignature(readAll(path(QStringLiteral("manifest.json.minisig"))), &error);
        QVERIFY2(signature, qPrintable(error));
        QCOMPARE(signature->trustedCommentBytes, QByteArray("caf\xc3\xa9 \xff\xfe"));
        QCOMPARE(ms::verify(m_message, *signature, {publicKey(readAll(path(QStringLiteral("n.pub"))))}),
                 ms::Verdict::Valid);
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("three lines") << QByteArray("untrusted comment: x\nRUQ=\ntrusted comment: y\n");
        QTest::newRow("bad base64") << QByteArray("untrusted comment: x\n!!!!\ntrusted comment: y\nAAAA\n");
        QTest::newRow("no trusted prefix")
            << QByteArray("untrusted comment: x\n" + QByteArray(74, 'A').toBase64() + "\ncomment: y\n"
                          + QByteArray(64, 'A').toBase64() + "\n");
        QTest::newRow("unknown algorithm")
            << QByteArray("untrusted comment: x\n" + QByteArray(74, 'Z').toBase64() + "\ntrusted comment: y\n"
                          + QByteArray(64, 'A').toBase64() + "\n");
        QTest::newRow("short signature")
            << QByteArray("untrusted comment: x\n" + QByteArray("ED" + QByteArray(60, 'A')).toBase64()
                          + "\ntrusted comment: y\n" + QByteArray(64, 'A').toBase64() + "\n");
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!ms::parseSignature(text, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ms::parsePublicKey(text, &error));
        QVERIFY(!ms::parseSecretKey(text, {}, &error));
    }

    void encryptedKeyNeedsTheRightPassword()
    {
        const ms::KeyFiles files = ms::generate("correct horse", ms::KdfCost::Interactive);
        QVERIFY(ms::isEncrypted(files.secretKeyFile));
        QString error;
        QVERIFY(!ms::parseSecretKey(files.secretKeyFile, "wrong", &error));
        QCOMPARE(error, QStringLiteral("mot de passe incorrect pour cette clé"));
        const ms::SecretKey key = secretKey(files, "correct horse");
        QCOMPARE(key.publicKey().key, publicKey(files.publicKeyFile).key);
        QVERIFY(!ms::isEncrypted(ms::generate({}).secretKeyFile));
    }

    void publicKeyAsBareLine()
    {
        const ms::KeyFiles files = ms::generate({});
        const QByteArray line = files.publicKeyFile.split('\n').at(1);
        QCOMPARE(publicKey(line).key, publicKey(files.publicKeyFile).key);
        QVERIFY(files.publicKeyFile.startsWith(QByteArray("untrusted comment: minisign public key " + publicKey(line).keyIdHex().toLatin1())));
    }

    // --- with the real minisign ---

    void ourSignatureVerifiesWithMinisign()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        const ms::KeyFiles files = ms::generate({});
        QVERIFY(writeAll(path(QStringLiteral("ours.pub")), files.publicKeyFile));
        QVERIFY(writeAll(path(QStringLiteral("manifest.json")), m_message));
        QVERIFY(writeAll(path(QStringLiteral("manifest.json.minisig")),
                         ms::sign(m_message, secretKey(files), ms::defaultTrustedComment(QStringLiteral("manifest.json"), 1795919230))));
        QByteArray output;
        QCOMPARE(minisign({QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("ours.pub"), QStringLiteral("-m"),
                           QStringLiteral("manifest.json")},
                          {}, &output),
                 0);
        QVERIFY2(output.contains("Signature and comment signature verified"), output.constData());
        QVERIFY(output.contains("timestamp:1795919230\tfile:manifest.json\thashed"));
        // A tampered manifest fails with minisign too.
        QVERIFY(writeAll(path(QStringLiteral("manifest.json")), m_message + ' '));
        QVERIFY(minisign({QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("ours.pub"), QStringLiteral("-m"),
                          QStringLiteral("manifest.json")})
                != 0);
    }

    void minisignSignatureVerifiesHere_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("prehashed (default)") << false;
        QTest::newRow("legacy -l") << true;
    }

    void minisignSignatureVerifiesHere()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        QFETCH(bool, legacy);
        QFile::remove(path(QStringLiteral("m.pub")));
        QFile::remove(path(QStringLiteral("m.key")));
        QCOMPARE(minisign({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), QStringLiteral("m.pub"),
                           QStringLiteral("-s"), QStringLiteral("m.key")}),
                 0);
        QVERIFY(writeAll(path(QStringLiteral("data")), m_message));
        QStringList sign{QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("m.key"), QStringLiteral("-m"),
                         QStringLiteral("data"), QStringLiteral("-t"), QStringLiteral("pack:test version:3")};
        if (legacy)
            sign << QStringLiteral("-l");
        QByteArray output;
        QVERIFY2(minisign(sign, {}, &output) == 0, output.constData());
        QString error;
        const auto signature = ms::parseSignature(readAll(path(QStringLiteral("data.minisig"))), &error);
        QVERIFY2(signature, qPrintable(error));
        QCOMPARE(signature->prehashed, !legacy);
        QCOMPARE(signature->trustedComment, QStringLiteral("pack:test version:3"));
        const ms::PublicKey pub = publicKey(readAll(path(QStringLiteral("m.pub"))));
        QCOMPARE(ms::verify(m_message, *signature, {pub}), ms::Verdict::Valid);
        QCOMPARE(ms::verify(m_message + 'x', *signature, {pub}), ms::Verdict::BadSignature);
        // The unencrypted secret key minisign wrote signs here too.
        const auto key = ms::parseSecretKey(readAll(path(QStringLiteral("m.key"))), {}, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->publicKey().key, pub.key);
    }

    void keysInteroperateBothWays()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        // Our encrypted key, used by minisign -S with its password on stdin.
        const ms::KeyFiles ours = ms::generate("s3cret", ms::KdfCost::Interactive);
        QVERIFY(writeAll(path(QStringLiteral("enc.key")), ours.secretKeyFile));
        QVERIFY(writeAll(path(QStringLiteral("enc.pub")), ours.publicKeyFile));
        QVERIFY(writeAll(path(QStringLiteral("doc")), m_message));
        QByteArray output;
        QVERIFY2(minisign({QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("enc.key"), QStringLiteral("-m"),
                           QStringLiteral("doc")},
                          "s3cret\n", &output)
                     == 0,
                 output.constData());
        QCOMPARE(minisign({QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("enc.pub"), QStringLiteral("-m"),
                           QStringLiteral("doc")}),
                 0);
        // Our unencrypted key, used by minisign -S.
        const ms::KeyFiles clear = ms::generate({});
        QVERIFY(writeAll(path(QStringLiteral("clear.key")), clear.secretKeyFile));
        QVERIFY(writeAll(path(QStringLiteral("clear.pub")), clear.publicKeyFile));
        QVERIFY2(minisign({QStringLiteral("-S"), QStringLiteral("-s"), QStringLiteral("clear.key"), QStringLiteral("-m"),
                           QStringLiteral("doc"), QStringLiteral("-x"), QStringLiteral("doc2.minisig")},
                          {}, &output)
                     == 0,
                 output.constData());
        QString error;
        const auto signature = ms::parseSignature(readAll(path(QStringLiteral("doc2.minisig"))), &error);
        QVERIFY(signature);
        QCOMPARE(ms::verify(m_message, *signature, {publicKey(clear.publicKeyFile)}), ms::Verdict::Valid);
    }

    void decryptsAKeyMinisignEncrypted()
    {
        if (m_minisign.isEmpty())
            QSKIP("minisign is not installed");
        // minisign -G uses scrypt's "sensitive" cost (1 GiB, a few seconds): done once.
        QByteArray output;
        QVERIFY2(minisign({QStringLiteral("-G"), QStringLiteral("-f"), QStringLiteral("-p"), QStringLiteral("p.pub"),
                           QStringLiteral("-s"), QStringLiteral("p.key")},
                          "pass phrase\npass phrase\n", &output)
                     == 0,
                 output.constData());
        const QByteArray secretFile = readAll(path(QStringLiteral("p.key")));
        QVERIFY(ms::isEncrypted(secretFile));
        QString error;
        const auto key = ms::parseSecretKey(secretFile, "pass phrase", &error);
        QVERIFY2(key, qPrintable(error));
        const ms::PublicKey pub = publicKey(readAll(path(QStringLiteral("p.pub"))));
        QCOMPARE(key->keyId, pub.keyId);
        // What we sign with it, minisign verifies.
        QVERIFY(writeAll(path(QStringLiteral("signed")), m_message));
        QVERIFY(writeAll(path(QStringLiteral("signed.minisig")), ms::sign(m_message, *key, QStringLiteral("ok"))));
        QCOMPARE(minisign({QStringLiteral("-V"), QStringLiteral("-p"), QStringLiteral("p.pub"), QStringLiteral("-m"),
                           QStringLiteral("signed")}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
