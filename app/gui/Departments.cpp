// SPDX-License-Identifier: GPL-3.0-or-later
#include "Departments.h"

const QList<Department> &occitanieDepartments()
{
    static const QList<Department> departments{
        {QStringLiteral("46"), QStringLiteral("Lot"), 0, 1},
        {QStringLiteral("12"), QStringLiteral("Aveyron"), 0, 2},
        {QStringLiteral("48"), QStringLiteral("Lozère"), 0, 3},
        {QStringLiteral("32"), QStringLiteral("Gers"), 1, 0},
        {QStringLiteral("82"), QStringLiteral("Tarn-et-Garonne"), 1, 1},
        {QStringLiteral("81"), QStringLiteral("Tarn"), 1, 2},
        {QStringLiteral("34"), QStringLiteral("Hérault"), 1, 3},
        {QStringLiteral("30"), QStringLiteral("Gard"), 1, 4},
        {QStringLiteral("65"), QStringLiteral("Hautes-Pyrénées"), 2, 0},
        {QStringLiteral("31"), QStringLiteral("Haute-Garonne"), 2, 1},
        {QStringLiteral("11"), QStringLiteral("Aude"), 2, 2},
        {QStringLiteral("09"), QStringLiteral("Ariège"), 3, 1},
        {QStringLiteral("66"), QStringLiteral("Pyrénées-Orientales"), 3, 2},
    };
    return departments;
}

QString departmentName(const QString &code)
{
    for (const Department &department : occitanieDepartments()) {
        if (department.code == code)
            return department.name;
    }
    return code;
}
