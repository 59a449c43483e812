// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobDetail.h"
#include "QmlSingleton.h"
#include "TrainingDetail.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Builds the controller of one job or training for a detail screen. The controller belongs to
// `owner` (the screen) and dies with it, so two screens on the stack never share one.
//   readonly property JobDetail job: Details.job(itemId, this)
class Details : public QObject, public QmlSingleton<Details>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    Details(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    Q_INVOKABLE JobDetail *job(const QString &jobId, QObject *owner);
    Q_INVOKABLE TrainingDetail *training(const QString &trainingId, QObject *owner);

private:
    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
};
