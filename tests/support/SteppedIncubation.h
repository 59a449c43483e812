// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QQmlIncubationController>

// An engine's incubation controller that advances its asynchronous creations (asynchronous
// Loaders, incubators) only when told, by the smallest step it can take: a test can act, or let
// other events arrive, between any two steps of a creation.
class SteppedIncubation : public QQmlIncubationController
{
public:
    void step() { incubateFor(0); }
};
