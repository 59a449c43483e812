// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackManifest.h"

#include "ByteSize.h"
#include "PackPath.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace kiosk {
namespace {

const QString kFormat = QStringLiteral("format_version");
const QString kPackId = QStringLiteral("pack_id");
const QString kContentVersion = QStringLiteral("content_version");
const QString kCreated = QStringLiteral("created");
const QString kTitle = QStringLiteral("title");
const QString kSummary = QStringLiteral("summary");
const QString kFiles = QStringLiteral("files");
const QString kPath = QStringLiteral("path");
const QString kSize = QStringLiteral("size");
const QString kSha256 = QStringLiteral("sha256");

constexpr int kMaxTextLength = 200;
constexpr qint64 kMaxExactJsonInteger = qint64(1) << 53; // a JSON number is a double

// A JSON number that is a whole number in [minimum, maximum].
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < double(minimum)
        || number > double(maximum))
        return std::nullopt;
    return qint64(number);
}

bool isShortText(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.trimmed().isEmpty() || text.size() > kMaxTextLength)
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

bool isDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid() || QDateTime::fromString(text, Qt::ISODate).isValid();
}

bool onlyKeys(const QJsonObject &object, std::initializer_list<QString> allowed, QString *unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            *unknown = it.key();
            return false;
        }
    }
    return true;
}

class Parser
{
public:
    Parser(const PackLimits &limits, PackError *error)
        : m_limits(limits)
        , m_error(error)
    {
    }

    std::optional<PackManifest> parse(const QByteArray &json)
    {
        if (json.size() > m_limits.maxManifestBytes)
            return refuse(PackRefusal::ManifestTooLarge, QStringLiteral("%1 octets").arg(json.size()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return refuse(PackRefusal::BadManifest, QStringLiteral("JSON invalide à l'octet %1 : %2")
                                                        .arg(parseError.offset)
                                                        .arg(parseError.errorString()));
        if (!document.isObject())
            return refuse(PackRefusal::BadManifest, QStringLiteral("un objet JSON est attendu"));
        const QJsonObject root = document.object();

        // The format version first: a newer format may have other keys.
        const auto format = wholeNumber(root.value(kFormat), 1, std::numeric_limits<int>::max());
        if (!format)
            return refuse(PackRefusal::BadManifest, QStringLiteral("« format_version » manquant ou invalide"));
        if (*format != PackFormat::formatVersion)
            return refuse(PackRefusal::UnknownFormat,
                          QStringLiteral("format %1, ce kiosque lit le format %2").arg(*format).arg(PackFormat::formatVersion));
        QString unknown;
        if (!onlyKeys(root, {kFormat, kPackId, kContentVersion, kCreated, kTitle, kSummary, kFiles}, &unknown))
            return refuse(PackRefusal::BadManifest, QStringLiteral("clé inconnue « %1 »").arg(unknown));

        PackManifest manifest;
        manifest.formatVersion = int(*format);
        const auto version = wholeNumber(root.value(kContentVersion), 1, std::numeric_limits<int>::max());
        if (!version)
            return refuse(PackRefusal::BadManifest, QStringLiteral("« content_version » doit être un entier positif"));
        manifest.contentVersion = int(*version);
        if (!isShortText(root.value(kPackId)))
            return refuse(PackRefusal::BadManifest, QStringLiteral("« pack_id » manquant ou invalide"));
        manifest.packId = root.value(kPackId).toString();
        if (!isShortText(root.value(kTitle)))
            return refuse(PackRefusal::BadManifest, QStringLiteral("« title » manquant ou invalide"));
        manifest.title = root.value(kTitle).toString();
        if (!root.value(kCreated).isString() || !isDate(root.value(kCreated).toString()))
            return refuse(PackRefusal::BadManifest, QStringLiteral("« created » doit être une date AAAA-MM-JJ"));
        manifest.created = root.value(kCreated).toString();
        if (root.contains(kSummary) && !parseSummary(root.value(kSummary), &manifest))
            return std::nullopt;
        if (!parseFiles(root.value(kFiles), &manifest))
            return std::nullopt;
        return manifest;
    }

private:
    std::nullopt_t refuse(PackRefusal refusal, const QString &detail)
    {
        *m_error = PackError::make(refusal, detail);
        return std::nullopt;
    }

    bool parseSummary(const QJsonValue &value, PackManifest *manifest)
    {
        if (!value.isObject() || value.toObject().size() > 32) {
            refuse(PackRefusal::BadManifest, QStringLiteral("« summary » doit être un petit objet"));
            return false;
        }
        const QJsonObject summary = value.toObject();
        static const QRegularExpression name(QStringLiteral("^[a-z_]{1,32}$"));
        for (auto it = summary.begin(); it != summary.end(); ++it) {
            const auto count = wholeNumber(it.value(), 0, 1000000);
            if (!name.match(it.key()).hasMatch() || !count) {
                refuse(PackRefusal::BadManifest, QStringLiteral("« summary » : entrée « %1 » invalide").arg(it.key()));
                return false;
            }
            manifest->summary.insert(it.key(), int(*count));
        }
        return true;
    }

    bool parseFiles(const QJsonValue &value, PackManifest *manifest)
    {
        if (!value.isArray()) {
            refuse(PackRefusal::BadManifest, QStringLiteral("« files » doit être une liste"));
            return false;
        }
        const QJsonArray files = value.toArray();
        if (files.isEmpty()) {
            refuse(PackRefusal::BadManifest, QStringLiteral("la liste « files » est vide"));
            return false;
        }
        if (files.size() > m_limits.maxFiles) {
            refuse(PackRefusal::TooManyFiles,
                   QStringLiteral("%1 fichiers, %2 au plus").arg(files.size()).arg(m_limits.maxFiles));
            return false;
        }
        QStringList paths;
        qint64 total = 0;
        for (const QJsonValue &entry : files) {
            const std::optional<ManifestFile> file = parseFile(entry);
            if (!file)
                return false;
            total += file->size;
            if (total > m_limits.maxTotalBytes) {
                refuse(PackRefusal::FileTooLarge, QStringLiteral("le paquet dépasse %1 au total")
                                                      .arg(frenchByteSize(m_limits.maxTotalBytes)));
                return false;
            }
            paths << file->path;
            manifest->files << *file;
        }
        if (const QString collision = PackPath::findCollision(paths); !collision.isEmpty()) {
            refuse(PackRefusal::PathCollision, collision);
            return false;
        }
        return true;
    }

    std::optional<ManifestFile> parseFile(const QJsonValue &entry)
    {
        QString unknown;
        const QJsonObject object = entry.toObject();
        if (!entry.isObject() || !onlyKeys(object, {kPath, kSize, kSha256}, &unknown))
            return refuse(PackRefusal::BadManifest, QStringLiteral("entrée de « files » invalide"));
        if (!object.value(kPath).isString())
            return refuse(PackRefusal::BadManifest, QStringLiteral("« path » manquant"));
        ManifestFile file;
        file.path = object.value(kPath).toString();
        if (const QString why = PackPath::check(file.path); !why.isEmpty())
            return refuse(PackRefusal::BadPath, why);
        if (file.path == PackFormat::manifestName || file.path == PackFormat::signatureName)
            return refuse(PackRefusal::BadPath, QStringLiteral("nom réservé : ") + file.path);
        const auto size = wholeNumber(object.value(kSize), 0, kMaxExactJsonInteger);
        if (!size)
            return refuse(PackRefusal::BadManifest, QStringLiteral("taille invalide pour ") + file.path);
        if (*size > m_limits.maxFileBytes)
            return refuse(PackRefusal::FileTooLarge, QStringLiteral("%1 : %2, %3 au plus")
                                                         .arg(file.path, frenchByteSize(*size),
                                                              frenchByteSize(m_limits.maxFileBytes)));
        file.size = *size;
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const QString digest = object.value(kSha256).toString();
        if (!hex.match(digest).hasMatch())
            return refuse(PackRefusal::BadManifest, QStringLiteral("SHA-256 invalide pour ") + file.path);
        file.sha256 = QByteArray::fromHex(digest.toLatin1());
        return file;
    }

    const PackLimits &m_limits;
    PackError *m_error;
};

bool isMp4Path(const QString &path)
{
    return path.endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".m4v"), Qt::CaseInsensitive);
}

bool isVideoPath(const QString &path)
{
    return isMp4Path(path) || path.endsWith(QLatin1String(".webm"), Qt::CaseInsensitive);
}

} // namespace

qint64 PackManifest::totalBytes() const
{
    qint64 total = 0;
    for (const ManifestFile &file : files)
        total += file.size;
    return total;
}

int PackManifest::videoCount() const
{
    return int(std::count_if(files.begin(), files.end(), [](const ManifestFile &f) { return isVideoPath(f.path); }));
}

int PackManifest::mp4Count() const
{
    return int(std::count_if(files.begin(), files.end(), [](const ManifestFile &f) { return isMp4Path(f.path); }));
}

std::optional<PackManifest> PackManifest::parse(const QByteArray &json, const PackLimits &limits, PackError *error)
{
    return Parser(limits, error).parse(json);
}

QByteArray PackManifest::toJson() const
{
    QJsonArray fileArray;
    for (const ManifestFile &file : files) {
        fileArray.append(QJsonObject{{kPath, file.path},
                                     {kSize, double(file.size)},
                                     {kSha256, QString::fromLatin1(file.sha256.toHex())}});
    }
    QJsonObject summaryObject;
    for (auto it = summary.begin(); it != summary.end(); ++it)
        summaryObject.insert(it.key(), it.value());
    QJsonObject root{{kFormat, formatVersion}, {kPackId, packId},   {kContentVersion, contentVersion},
                     {kCreated, created},      {kTitle, title},     {kFiles, fileArray}};
    if (!summaryObject.isEmpty())
        root.insert(kSummary, summaryObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kiosk
