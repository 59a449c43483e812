// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityFilter.h"

#include <QEvent>

ActivityFilter::ActivityFilter(QObject *parent)
    : QObject(parent)
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::TabletPress:
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
