// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lockdown.h"

#include "Logging.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

Lockdown::Lockdown(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Lockdown::~Lockdown()
{
    if (m_cursorOverridden)
        QGuiApplication::restoreOverrideCursor();
}

void Lockdown::install()
{
    qApp->installEventFilter(this);
    if (!m_options.cursorVisible && !m_cursorOverridden) {
        QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
        m_cursorOverridden = true;
    }
}

bool Lockdown::isBlockedKey(const QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    switch (key->key()) {
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
    case Qt::Key_Close:
    case Qt::Key_Menu:
        return true;
    case Qt::Key_F4:
        return bool(modifiers & (Qt::AltModifier | Qt::ControlModifier));
    case Qt::Key_Q:
    case Qt::Key_W:
        return bool(modifiers & Qt::ControlModifier);
    default:
        break;
    }
    return key->matches(QKeySequence::Quit) || key->matches(QKeySequence::Close)
           || key->matches(QKeySequence::Cancel);
}

bool Lockdown::eventFilter(QObject *watched, QEvent *event)
{
    if (isBlockedKey(event)) {
        if (event->type() == QEvent::KeyPress)
            qCDebug(lcApp) << "lockdown: key ignored" << static_cast<QKeyEvent *>(event)->key();
        return true;
    }
    if (event->type() == QEvent::ContextMenu)
        return true;
    if (event->type() == QEvent::Close && !m_options.allowWindowClose && qobject_cast<QWindow *>(watched)) {
        qCInfo(lcApp) << "lockdown: window close request ignored";
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
