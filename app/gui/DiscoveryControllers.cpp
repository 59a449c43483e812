// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryControllers.h"

#include "VisitorSession.h"

DiscoveryControllers::DiscoveryControllers(kiosk::ContentStore &store, Preferences &preferences,
                                           VisitorSession &session)
    : interviews(store, preferences)
    , player(store, preferences)
    , lycee(store, preferences)
    , charts(store, preferences)
    , quiz(store, preferences)
{
    QObject::connect(&session, &VisitorSession::resetting, &player, &InterviewPlayer::reset);
    QObject::connect(&session, &VisitorSession::resetting, &quiz, &QuizController::reset);
}

void DiscoveryControllers::provide()
{
    InterviewsModel::provide(&interviews);
    InterviewPlayer::provide(&player);
    LyceeModel::provide(&lycee);
    ChartsModel::provide(&charts);
    QuizController::provide(&quiz);
}
