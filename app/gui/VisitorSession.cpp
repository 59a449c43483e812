// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisitorSession.h"

#include "Logging.h"

VisitorSession::VisitorSession(QObject *parent)
    : QObject(parent)
{
}

void VisitorSession::reset(const QString &reason)
{
    qCInfo(lcIdle).noquote() << "reset, reason:" << reason;
    Q_EMIT resetting(reason);
}
