// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace kiosk {

// Durability helpers for crash-safe updates (a power cut may come at any instruction).
namespace FileSync {

// fsync of a directory, so that a rename or new entry inside it survives a power cut.
bool syncDirectory(const QString &path);
// fsync of a file's data and metadata.
bool syncFile(const QString &path);
// fsync of every file and folder under root, root included: a whole folder made durable at once,
// after all its writes (one wait per file, not one per write).
bool syncTree(const QString &root, QString *error);
// Atomically points symlink `link` at `target` (relative target allowed): a temporary link is
// renamed over the old one, then the directory is synced.
bool replaceSymlink(const QString &link, const QString &target, QString *error);
// Copies a tree (files and folders only; symlinks and special files are refused), then syncs it
// (syncTree). Used to seed content; imports hash while they copy (see the update importer).
bool copyTree(const QString &from, const QString &to, QString *error);
// write(2) until all of `data` is written, again when interrupted by a signal; false on an error
// (errno says which).
bool writeAll(int fd, const char *data, qint64 size);

} // namespace FileSync
} // namespace kiosk
