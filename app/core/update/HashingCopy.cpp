// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashingCopy.h"

#include "FileSync.h"
#include "PackFileType.h"

#include <QFile>

#include <openssl/evp.h>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk {
namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

// Closes a file descriptor when leaving scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

PackError writeError(const QString &path)
{
    return PackError::make(errno == ENOSPC || errno == EDQUOT ? PackRefusal::NotEnoughSpace : PackRefusal::IoError,
                           path);
}

} // namespace

PackError HashingCopy::copy(const QString &source, const QString &destination, const ManifestFile &expected,
                            const ChunkCallback &onChunk, QByteArray *header)
{
    Descriptor in, out;
    in.fd = ::open(QFile::encodeName(source).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (in.fd < 0) {
        if (errno == ELOOP)
            return PackError::make(PackRefusal::NotRegularFile, expected.path);
        return PackError::make(errno == ENOENT ? PackRefusal::Interrupted : PackRefusal::IoError, expected.path);
    }
    struct stat status;
    if (::fstat(in.fd, &status) != 0 || !S_ISREG(status.st_mode))
        return PackError::make(PackRefusal::NotRegularFile, expected.path);
    out.fd = ::open(QFile::encodeName(destination).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (out.fd < 0)
        return writeError(destination);

    // OpenSSL's SHA-256, not QCryptographicHash: Qt 6.4's portable C code (67 MB/s here) was most of
    // the import's time (docs/benchmarks.md, row 5); OpenSSL uses the CPU's SHA instructions where
    // there are (1.4 GB/s here) and tuned assembly elsewhere.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> hash(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!hash || EVP_DigestInit_ex(hash.get(), EVP_sha256(), nullptr) != 1)
        return PackError::make(PackRefusal::IoError, QStringLiteral("SHA-256"));
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    header->clear();
    for (;;) {
        // Never read more than one byte past the expected size: a growing file is caught, not copied.
        const qint64 wanted = std::min<qint64>(kChunkBytes, expected.size + 1 - total);
        const ssize_t n = ::read(in.fd, buffer.data(), size_t(wanted));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) // EIO, ENODEV…: the stick went away or is failing
            return PackError::make(PackRefusal::Interrupted, expected.path);
        if (n == 0)
            break;
        total += n;
        if (total > expected.size)
            return PackError::make(PackRefusal::SizeMismatch,
                                   QStringLiteral("%1 : plus long que prévu").arg(expected.path));
        if (header->size() < PackFileType::headerBytes)
            header->append(buffer.constData(), std::min<qsizetype>(n, PackFileType::headerBytes - header->size()));
        EVP_DigestUpdate(hash.get(), buffer.constData(), size_t(n));
        if (!FileSync::writeAll(out.fd, buffer.constData(), n))
            return writeError(destination);
        // Starts writing this chunk to the disk now, without waiting: the disk works while the next
        // chunks are hashed, and the caller's fsync later has little left to wait for.
        ::sync_file_range(out.fd, total - n, n, SYNC_FILE_RANGE_WRITE);
        if (onChunk && !onChunk(n))
            return PackError::make(PackRefusal::Interrupted, expected.path);
    }
    if (total != expected.size)
        return PackError::make(PackRefusal::SizeMismatch, QStringLiteral("%1 : %2 octets, %3 attendus")
                                                             .arg(expected.path)
                                                             .arg(total)
                                                             .arg(expected.size));
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int digestBytes = 0;
    EVP_DigestFinal_ex(hash.get(), reinterpret_cast<unsigned char *>(digest.data()), &digestBytes);
    digest.truncate(int(digestBytes));
    if (digest != expected.sha256)
        return PackError::make(PackRefusal::HashMismatch, expected.path);
    return {};
}

} // namespace kiosk
