// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/ContentStore.h"

#include <QUrl>

// A content media file (relative path in the content) as a URL QML can load; empty if none.
inline QUrl mediaUrl(const kiosk::ContentStore &store, const QString &relativePath)
{
    const QString path = store.mediaPath(relativePath);
    return path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path);
}
