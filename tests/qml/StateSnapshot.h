// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QStringList>

class QQmlEngine;
class QQuickItem;

// The observable state of the kiosk as lines "where: property = value", for the reset
// state-equality test (issue 5): a snapshot after a fresh start must equal one after a reset.
// It is generic, so that controllers and screens added later are covered without changing it:
// - every C++ singleton of the Kiosk module (names read from the module's .qmltypes), all their
//   Q_PROPERTYs; list models by their rows. A property declared `STORED false` is not visitor
//   state (live figures such as uptime, staff settings, the PIN lockout) and is left out;
// - every item under the window: its type, visibility and, where it has them, the properties that
//   hold a visitor's traces (text of editable fields, checked, current index, scroll positions,
//   stack depth, slider values). Items whose objectName starts with "live:" (the moving attract
//   loop) are left out with their children.
class StateSnapshot
{
public:
    StateSnapshot(QQmlEngine &engine, const QString &qmltypesFile);

    QStringList take(QObject *windowOrItem) const;
    // Lines only in `before` ("- …") and only in `after` ("+ …").
    static QStringList diff(const QStringList &before, const QStringList &after);

private:
    void addObject(QStringList &lines, const QString &where, const QObject *object, int depth) const;
    void addItem(QStringList &lines, const QString &where, const QQuickItem *item) const;

    QQmlEngine &m_engine;
    QStringList m_singletons;
};
