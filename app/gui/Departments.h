// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

// The 13 departments of Occitanie, with their place on the trainings screen's tile map: a grid of
// 4 rows × 5 columns that keeps each department roughly where it is on a real map.
struct Department
{
    QString code;   // "09", "31"…
    QString name;
    int row = 0;
    int column = 0;
};

const QList<Department> &occitanieDepartments();
// "Haute-Garonne" for "31"; the code itself for a code outside Occitanie.
QString departmentName(const QString &code);
