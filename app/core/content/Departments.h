// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QString>

namespace kiosk {

struct Department
{
    QString code;   // "09", "31"…, as lieux.csv writes it
    QString name;   // "Ariège", "Haute-Garonne"…
};

// The 13 departments of Occitanie, by code: the places a training may be given (lieux.csv), their
// names on the trainings screen, and words the search knows them by ("formation Hérault").
const QList<Department> &occitanieDepartments();
// "Haute-Garonne" for "31"; the code itself for a code outside Occitanie.
QString departmentName(const QString &code);

} // namespace kiosk
