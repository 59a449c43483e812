// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashingCopy.h"

#include "PackFileType.h"

#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
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

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

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

    QCryptographicHash hash(QCryptographicHash::Sha256);
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
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (!writeAll(out.fd, buffer.constData(), n))
            return writeError(destination);
        if (onChunk && !onChunk(n))
            return PackError::make(PackRefusal::Interrupted, expected.path);
    }
    if (total != expected.size)
        return PackError::make(PackRefusal::SizeMismatch, QStringLiteral("%1 : %2 octets, %3 attendus")
                                                             .arg(expected.path)
                                                             .arg(total)
                                                             .arg(expected.size));
    if (hash.result() != expected.sha256)
        return PackError::make(PackRefusal::HashMismatch, expected.path);
    if (::fsync(out.fd) != 0)
        return writeError(destination);
    return {};
}

} // namespace kiosk
