// SPDX-License-Identifier: GPL-3.0-or-later
#include "Details.h"

#include <QQmlEngine>

namespace {

// Owned by its screen, not by the JavaScript garbage collector (which could delete it while the
// screen still shows it). Without an owner, the garbage collector is all there is.
template<typename T>
T *owned(T *object)
{
    if (object->parent())
        QQmlEngine::setObjectOwnership(object, QQmlEngine::CppOwnership);
    return object;
}

} // namespace

Details::Details(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preferences(preferences)
{
}

JobDetail *Details::job(const QString &jobId, QObject *owner)
{
    return owned(new JobDetail(jobId, m_store, m_preferences, owner));
}

TrainingDetail *Details::training(const QString &trainingId, QObject *owner)
{
    return owned(new TrainingDetail(trainingId, m_store, m_preferences, owner));
}
