// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "ChartsModel.h"
#include "InterviewPlayer.h"
#include "InterviewsModel.h"
#include "LyceeModel.h"
#include "QuizController.h"

class VisitorSession;

// The models and controllers behind the interviews, lycée numérique and quiz screens, built
// together by a composition root (main.cpp, the QML tests' setup); those with visitor state are
// reset with the visitor session.
class DiscoveryControllers
{
public:
    DiscoveryControllers(kiosk::ContentStore &store, Preferences &preferences, VisitorSession &session);

    // Hands the singletons to QML; call before the engine loads anything.
    void provide();

    InterviewsModel interviews;
    InterviewPlayer player;
    LyceeModel lycee;
    ChartsModel charts;
    QuizController quiz;
};
