// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

// Installed on the application: any touch, mouse, wheel or key event anywhere is visitor activity.
// Never consumes an event.
class ActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit ActivityFilter(QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void activity();
};
