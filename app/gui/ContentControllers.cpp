// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentControllers.h"

#include "QrImageProvider.h"
#include "VisitorSession.h"

#include <QQmlEngine>

ContentControllers::ContentControllers(kiosk::ContentStore &store, Preferences &preferences,
                                       VisitorSession &session)
    : jobs(store, preferences)
    , trainings(store, preferences)
    , search(store, preferences)
    , details(store, preferences)
{
    QObject::connect(&session, &VisitorSession::resetting, &jobs, &JobsModel::reset);
    QObject::connect(&session, &VisitorSession::resetting, &trainings, &TrainingsModel::reset);
    QObject::connect(&session, &VisitorSession::resetting, &search, &SearchController::reset);
}

void ContentControllers::provide()
{
    JobsModel::provide(&jobs);
    TrainingsModel::provide(&trainings);
    SearchController::provide(&search);
    Details::provide(&details);
}

void ContentControllers::installOn(QQmlEngine &engine)
{
    engine.addImageProvider(QLatin1String(QrImageProvider::kProviderId), new QrImageProvider);
}
