// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The minisign file formats (https://jedisct1.github.io/minisign/), read and written with libsodium,
// so that staff can sign packs with the standard `minisign` tool or with `kioskctl`:
//   public key   "untrusted comment: …" + base64("Ed" ‖ key id[8] ‖ Ed25519 public key[32])
//   signature    "untrusted comment: …" + base64(alg[2] ‖ key id[8] ‖ signature[64])
//                + "trusted comment: …" + base64(global signature[64])
//                alg "ED": the signature covers BLAKE2b-512(file) (minisign ≥ 0.10 default);
//                alg "Ed": the file itself (legacy). The global signature covers
//                signature[64] ‖ trusted comment, so the trusted comment cannot be altered.
//   secret key   "untrusted comment: …" + base64("Ed" ‖ kdf[2] ‖ "B2" ‖ salt[32] ‖ opslimit[8 LE]
//                ‖ memlimit[8 LE] ‖ (key id[8] ‖ secret key[64] ‖ BLAKE2b-256 checksum[32]))
//                kdf "Sc": the last 104 bytes are XORed with scrypt(password); kdf "\0\0": clear.
namespace kiosk::minisign {

struct PublicKey
{
    QByteArray keyId; // 8 bytes, as stored (little-endian)
    QByteArray key;   // 32 bytes
    // The id minisign prints ("minisign public key 0123456789ABCDEF").
    QString keyIdHex() const;
    // The file minisign writes (two lines).
    QByteArray toFile() const;
};

struct SecretKey
{
    QByteArray keyId;  // 8 bytes
    QByteArray secret; // 64 bytes (libsodium's Ed25519 secret key: seed ‖ public key)
    PublicKey publicKey() const;
};

struct Signature
{
    bool prehashed = true;     // "ED"
    QByteArray keyId;          // 8 bytes
    QByteArray signature;      // 64 bytes
    QString untrustedComment;
    QByteArray trustedCommentBytes; // as in the file: what the global signature covers
    QString trustedComment;         // for display only: trustedCommentBytes as UTF-8, lossy
    QByteArray globalSignature;     // 64 bytes
};

enum class Verdict { Valid, UnknownKey, BadSignature, BadTrustedComment };

// scrypt cost of an encrypted secret key. minisign uses Sensitive (1 GiB, a few seconds).
enum class KdfCost { Interactive, Sensitive };

// Parsers accept a whole file or (for public keys) a bare base64 line. On failure: nullopt and a
// French reason in *error.
std::optional<PublicKey> parsePublicKey(const QByteArray &text, QString *error);
std::optional<Signature> parseSignature(const QByteArray &text, QString *error);
// True when the secret key file is password-protected.
bool isEncrypted(const QByteArray &secretKeyFile);
std::optional<SecretKey> parseSecretKey(const QByteArray &text, const QByteArray &password, QString *error);

// Checks the signature of message with the trusted keys (the one whose id matches), then the
// global signature over the trusted comment's bytes (minisign lets it be any bytes, not only UTF-8).
Verdict verify(const QByteArray &message, const Signature &signature, const QList<PublicKey> &trusted);

// A complete .minisig file for message (prehashed, as minisign signs by default).
QByteArray sign(const QByteArray &message, const SecretKey &key, const QString &trustedComment,
                const QString &untrustedComment = QStringLiteral("signature from minisign secret key"));
// The same with the trusted comment's bytes as they are (minisign -t takes any bytes but a line end).
QByteArray sign(const QByteArray &message, const SecretKey &key, const QByteArray &trustedComment,
                const QString &untrustedComment = QStringLiteral("signature from minisign secret key"));
// minisign's default trusted comment: "timestamp:<unix time>\tfile:<name>\thashed".
QString defaultTrustedComment(const QString &fileName, qint64 unixTime);

struct KeyFiles
{
    QByteArray publicKeyFile;
    QByteArray secretKeyFile;
};
// A new key pair; an empty password writes an unencrypted secret key (as `minisign -G -W`).
KeyFiles generate(const QByteArray &password, KdfCost cost = KdfCost::Sensitive);

} // namespace kiosk::minisign
