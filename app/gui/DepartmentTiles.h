// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

// Where each of the 13 departments of Occitanie (content/Departments.h) sits on the trainings
// screen's tile map: a grid of 4 rows × 5 columns that keeps each department roughly where it is on
// a real map.
struct DepartmentTile
{
    QString code;   // "09", "31"…
    int row = 0;
    int column = 0;
};

const QList<DepartmentTile> &departmentTiles();
