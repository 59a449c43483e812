// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "Details.h"
#include "JobsModel.h"
#include "SearchController.h"
#include "TrainingsModel.h"

class QQmlEngine;
class VisitorSession;

// The models and controllers behind the jobs, trainings and search screens, built together by a
// composition root (main.cpp, the QML tests' setup): each with visitor state is reset with the
// visitor session.
class ContentControllers
{
public:
    ContentControllers(kiosk::ContentStore &store, Preferences &preferences, VisitorSession &session);

    // Hands the singletons to QML; call before the engine loads anything.
    void provide();
    // The engine-level part: the "image://qr/…" provider.
    static void installOn(QQmlEngine &engine);

    JobsModel jobs;
    TrainingsModel trainings;
    SearchController search;
    Details details;
};
