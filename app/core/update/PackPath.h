// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>

namespace kiosk::PackPath {

// Checks one relative path of a pack file: '/'-separated, no absolute path, no empty, "." or ".."
// component, no backslash, no control character, no character a FAT stick cannot hold
// (: * ? " < > |), no component ending with a dot or a space, bounded length and depth.
// Returns "" when the path is acceptable, else why not (French).
QString check(const QString &path);

// The key under which two paths collide on a case-insensitive file system (FAT, exFAT, NTFS):
// Unicode NFC, then case-folded.
QString collisionKey(const QString &path);

// Finds paths that would be the same file on a case-insensitive file system, or a file whose
// name is also a folder of another path ("a" and "a/b"). Returns "" or the two colliding paths.
QString findCollision(const QStringList &paths);

// A name, path or text read from a stick, fit for a message or the log: control characters and the
// other code points that print nothing or move the text (format characters such as a bidi override,
// line and paragraph separators, private use, unassigned, lone surrogates) are shown as \xHH (up to
// U+00FF: ESC is \x1b) or \u{HHHH}. The result has no such character, so applying it twice changes
// nothing; keepLineBreaks leaves "\n" and "\t" as they are (a terminal's own line structure).
QString visible(const QString &text, bool keepLineBreaks = false);

} // namespace kiosk::PackPath
