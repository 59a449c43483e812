// SPDX-License-Identifier: GPL-3.0-or-later
#include "Minisign.h"

#include <QList>

#include <sodium.h>

namespace kiosk::minisign {
namespace {

const QByteArray kAlgEd = QByteArrayLiteral("Ed");     // key algorithm; legacy signature algorithm
const QByteArray kAlgPrehashed = QByteArrayLiteral("ED");
const QByteArray kKdfScrypt = QByteArrayLiteral("Sc");
const QByteArray kKdfNone = QByteArray(2, '\0');
const QByteArray kChkBlake2b = QByteArrayLiteral("B2");
const QByteArray kUntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray kTrustedPrefix = QByteArrayLiteral("trusted comment: ");

constexpr int kKeyIdBytes = 8;
constexpr int kSaltBytes = crypto_pwhash_scryptsalsa208sha256_SALTBYTES;
constexpr int kKeynumSkBytes = kKeyIdBytes + crypto_sign_SECRETKEYBYTES + crypto_generichash_BYTES;
constexpr int kSecretKeyBytes = 2 + 2 + 2 + kSaltBytes + 8 + 8 + kKeynumSkBytes;
constexpr int kPublicKeyBytes = 2 + kKeyIdBytes + crypto_sign_PUBLICKEYBYTES;
constexpr int kSignatureBytes = 2 + kKeyIdBytes + crypto_sign_BYTES;
constexpr quint64 kMaxKdfMemory = quint64(2) * 1024 * 1024 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

// Lines of a minisign file, without their line ends.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

std::optional<QByteArray> decodeBase64(const QByteArray &line, int expectedSize)
{
    const auto decoded = QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

quint64 loadLe64(const QByteArray &data, int at)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

QByteArray storeLe64(quint64 value)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char((value >> (8 * i)) & 0xff);
    return out;
}

QByteArray checksum(const QByteArray &keyId, const QByteArray &secret)
{
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&state, bytes(kAlgEd), 2);
    crypto_generichash_update(&state, bytes(keyId), size_t(keyId.size()));
    crypto_generichash_update(&state, bytes(secret), size_t(secret.size()));
    crypto_generichash_final(&state, bytes(out), size_t(out.size()));
    return out;
}

QByteArray blake2b512(const QByteArray &message)
{
    QByteArray out(crypto_generichash_BYTES_MAX, '\0');
    crypto_generichash(bytes(out), size_t(out.size()), bytes(message), size_t(message.size()), nullptr, 0);
    return out;
}

// scrypt keystream that encrypts/decrypts the key id, secret key and checksum.
bool scryptStream(const QByteArray &password, const QByteArray &salt, quint64 opsLimit, quint64 memLimit,
                  QByteArray *stream)
{
    stream->resize(kKeynumSkBytes);
    return crypto_pwhash_scryptsalsa208sha256(bytes(*stream), size_t(stream->size()), password.constData(),
                                              size_t(password.size()), bytes(salt), opsLimit, size_t(memLimit))
           == 0;
}

void xorInto(QByteArray *data, int from, const QByteArray &stream)
{
    for (int i = 0; i < stream.size(); ++i)
        (*data)[from + i] = char(data->at(from + i) ^ stream.at(i));
}

bool verifyDetached(const QByteArray &signature, const QByteArray &message, const QByteArray &key)
{
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(key)) == 0;
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secret)
{
    QByteArray out(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(out), nullptr, bytes(message), quint64(message.size()), bytes(secret));
    return out;
}

} // namespace

QString PublicKey::keyIdHex() const
{
    QByteArray bigEndian = keyId;
    std::reverse(bigEndian.begin(), bigEndian.end());
    return QString::fromLatin1(bigEndian.toHex().toUpper());
}

QByteArray PublicKey::toFile() const
{
    return QByteArrayLiteral("untrusted comment: minisign public key ") + keyIdHex().toLatin1() + '\n'
           + QByteArray(kAlgEd + keyId + key).toBase64() + '\n';
}

PublicKey SecretKey::publicKey() const
{
    return {keyId, secret.right(crypto_sign_PUBLICKEYBYTES)};
}

std::optional<PublicKey> parsePublicKey(const QByteArray &text, QString *error)
{
    const QList<QByteArray> lines = linesOf(text);
    // A file ("untrusted comment: …" then the key) or the key alone, as `minisign -P` takes it.
    const QByteArray line = lines.size() == 1 ? lines.at(0) : lines.size() == 2 ? lines.at(1) : QByteArray();
    const std::optional<QByteArray> raw = decodeBase64(line, kPublicKeyBytes);
    if (!raw) {
        *error = QStringLiteral("clé publique minisign illisible");
        return std::nullopt;
    }
    if (raw->left(2) != kAlgEd) {
        *error = QStringLiteral("algorithme de clé publique non pris en charge");
        return std::nullopt;
    }
    return PublicKey{raw->mid(2, kKeyIdBytes), raw->mid(2 + kKeyIdBytes)};
}

std::optional<Signature> parseSignature(const QByteArray &text, QString *error)
{
    const QList<QByteArray> lines = linesOf(text);
    if (lines.size() != 4 || !lines.at(0).startsWith(kUntrustedPrefix) || !lines.at(2).startsWith(kTrustedPrefix)) {
        *error = QStringLiteral("fichier de signature minisign mal formé");
        return std::nullopt;
    }
    const std::optional<QByteArray> raw = decodeBase64(lines.at(1), kSignatureBytes);
    const std::optional<QByteArray> global = decodeBase64(lines.at(3), crypto_sign_BYTES);
    if (!raw || !global) {
        *error = QStringLiteral("signature minisign illisible");
        return std::nullopt;
    }
    Signature signature;
    const QByteArray algorithm = raw->left(2);
    if (algorithm != kAlgPrehashed && algorithm != kAlgEd) {
        *error = QStringLiteral("algorithme de signature non pris en charge");
        return std::nullopt;
    }
    signature.prehashed = algorithm == kAlgPrehashed;
    signature.keyId = raw->mid(2, kKeyIdBytes);
    signature.signature = raw->mid(2 + kKeyIdBytes);
    signature.untrustedComment = QString::fromUtf8(lines.at(0).mid(kUntrustedPrefix.size()));
    signature.trustedCommentBytes = lines.at(2).mid(kTrustedPrefix.size());
    signature.trustedComment = QString::fromUtf8(signature.trustedCommentBytes);
    signature.globalSignature = *global;
    return signature;
}

bool isEncrypted(const QByteArray &secretKeyFile)
{
    const QList<QByteArray> lines = linesOf(secretKeyFile);
    const std::optional<QByteArray> raw = lines.size() >= 2 ? decodeBase64(lines.at(1), kSecretKeyBytes) : std::nullopt;
    return raw && raw->mid(2, 2) == kKdfScrypt;
}

std::optional<SecretKey> parseSecretKey(const QByteArray &text, const QByteArray &password, QString *error)
{
    if (!sodiumReady()) {
        *error = QStringLiteral("libsodium indisponible");
        return std::nullopt;
    }
    const QList<QByteArray> lines = linesOf(text);
    std::optional<QByteArray> raw = lines.size() == 2 ? decodeBase64(lines.at(1), kSecretKeyBytes) : std::nullopt;
    if (!raw || raw->left(2) != kAlgEd || raw->mid(4, 2) != kChkBlake2b) {
        *error = QStringLiteral("clé secrète minisign illisible");
        return std::nullopt;
    }
    const QByteArray kdf = raw->mid(2, 2);
    const int keynumAt = kSecretKeyBytes - kKeynumSkBytes;
    if (kdf == kKdfScrypt) {
        const QByteArray salt = raw->mid(6, kSaltBytes);
        const quint64 opsLimit = loadLe64(*raw, 6 + kSaltBytes);
        const quint64 memLimit = loadLe64(*raw, 6 + kSaltBytes + 8);
        QByteArray stream;
        if (memLimit > kMaxKdfMemory || !scryptStream(password, salt, opsLimit, memLimit, &stream)) {
            *error = QStringLiteral("impossible de déchiffrer la clé secrète");
            return std::nullopt;
        }
        xorInto(&*raw, keynumAt, stream);
        sodium_memzero(stream.data(), size_t(stream.size()));
    } else if (kdf != kKdfNone) {
        *error = QStringLiteral("chiffrement de clé secrète non pris en charge");
        return std::nullopt;
    }
    SecretKey key{raw->mid(keynumAt, kKeyIdBytes), raw->mid(keynumAt + kKeyIdBytes, crypto_sign_SECRETKEYBYTES)};
    const QByteArray storedChecksum = raw->right(crypto_generichash_BYTES);
    sodium_memzero(raw->data(), size_t(raw->size()));
    // minisign leaves the checksum of an unencrypted key at zero; an encrypted one must match
    // (a wrong password gives garbage).
    const bool checksumExpected = kdf == kKdfScrypt || storedChecksum != QByteArray(crypto_generichash_BYTES, '\0');
    if (checksumExpected && checksum(key.keyId, key.secret) != storedChecksum) {
        *error = kdf == kKdfScrypt ? QStringLiteral("mot de passe incorrect pour cette clé")
                                   : QStringLiteral("clé secrète abîmée (somme de contrôle)");
        return std::nullopt;
    }
    // The secret key carries its public half: a damaged key would sign with no one able to verify.
    QByteArray derivedPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(derivedPublic), bytes(key.secret));
    QByteArray seed(crypto_sign_SEEDBYTES, '\0'), regenerated(crypto_sign_PUBLICKEYBYTES, '\0'),
        regeneratedSecret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_seed(bytes(seed), bytes(key.secret));
    crypto_sign_seed_keypair(bytes(regenerated), bytes(regeneratedSecret), bytes(seed));
    sodium_memzero(seed.data(), size_t(seed.size()));
    sodium_memzero(regeneratedSecret.data(), size_t(regeneratedSecret.size()));
    if (regenerated != derivedPublic) {
        *error = QStringLiteral("clé secrète incohérente");
        return std::nullopt;
    }
    return key;
}

Verdict verify(const QByteArray &message, const Signature &signature, const QList<PublicKey> &trusted)
{
    if (!sodiumReady())
        return Verdict::BadSignature;
    const auto key = std::find_if(trusted.begin(), trusted.end(),
                                  [&](const PublicKey &candidate) { return candidate.keyId == signature.keyId; });
    if (key == trusted.end())
        return Verdict::UnknownKey;
    const QByteArray signedBytes = signature.prehashed ? blake2b512(message) : message;
    if (!verifyDetached(signature.signature, signedBytes, key->key))
        return Verdict::BadSignature;
    // The bytes, never the decoded text: a comment that is not UTF-8 would not survive the round trip.
    if (!verifyDetached(signature.globalSignature, signature.signature + signature.trustedCommentBytes, key->key))
        return Verdict::BadTrustedComment;
    return Verdict::Valid;
}

QByteArray sign(const QByteArray &message, const SecretKey &key, const QString &trustedComment,
                const QString &untrustedComment)
{
    return sign(message, key, trustedComment.toUtf8(), untrustedComment);
}

QByteArray sign(const QByteArray &message, const SecretKey &key, const QByteArray &comment,
                const QString &untrustedComment)
{
    if (!sodiumReady())
        return {};
    const QByteArray signature = signDetached(blake2b512(message), key.secret);
    const QByteArray global = signDetached(signature + comment, key.secret);
    return kUntrustedPrefix + untrustedComment.toUtf8() + '\n' + QByteArray(kAlgPrehashed + key.keyId + signature).toBase64()
           + '\n' + kTrustedPrefix + comment + '\n' + global.toBase64() + '\n';
}

QString defaultTrustedComment(const QString &fileName, qint64 unixTime)
{
    return QStringLiteral("timestamp:%1\tfile:%2\thashed").arg(unixTime).arg(fileName);
}

KeyFiles generate(const QByteArray &password, KdfCost cost)
{
    if (!sodiumReady())
        return {};
    SecretKey key{QByteArray(kKeyIdBytes, '\0'), QByteArray(crypto_sign_SECRETKEYBYTES, '\0')};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(bytes(publicKey), bytes(key.secret));
    randombytes_buf(key.keyId.data(), size_t(key.keyId.size()));

    const bool encrypt = !password.isEmpty();
    QByteArray salt(kSaltBytes, '\0');
    quint64 opsLimit = 0, memLimit = 0;
    if (encrypt) {
        randombytes_buf(salt.data(), size_t(salt.size()));
        const bool sensitive = cost == KdfCost::Sensitive;
        opsLimit = sensitive ? crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_SENSITIVE
                             : crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE;
        memLimit = sensitive ? crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_SENSITIVE
                             : crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE;
    }
    QByteArray raw = kAlgEd + (encrypt ? kKdfScrypt : kKdfNone) + kChkBlake2b + salt + storeLe64(opsLimit)
                     + storeLe64(memLimit) + key.keyId + key.secret + checksum(key.keyId, key.secret);
    if (encrypt) {
        QByteArray stream;
        if (!scryptStream(password, salt, opsLimit, memLimit, &stream))
            return {};
        xorInto(&raw, kSecretKeyBytes - kKeynumSkBytes, stream);
        sodium_memzero(stream.data(), size_t(stream.size()));
    }
    KeyFiles files;
    files.publicKeyFile = key.publicKey().toFile();
    files.secretKeyFile = QByteArrayLiteral("untrusted comment: minisign ")
                          + (encrypt ? QByteArrayLiteral("encrypted ") : QByteArray()) + "secret key\n"
                          + raw.toBase64() + '\n';
    sodium_memzero(raw.data(), size_t(raw.size()));
    sodium_memzero(key.secret.data(), size_t(key.secret.size()));
    return files;
}

} // namespace kiosk::minisign
