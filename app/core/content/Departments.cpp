// SPDX-License-Identifier: GPL-3.0-or-later
#include "Departments.h"

namespace kiosk {

const QList<Department> &occitanieDepartments()
{
    static const QList<Department> departments{
        {QStringLiteral("09"), QStringLiteral("Ariège")},
        {QStringLiteral("11"), QStringLiteral("Aude")},
        {QStringLiteral("12"), QStringLiteral("Aveyron")},
        {QStringLiteral("30"), QStringLiteral("Gard")},
        {QStringLiteral("31"), QStringLiteral("Haute-Garonne")},
        {QStringLiteral("32"), QStringLiteral("Gers")},
        {QStringLiteral("34"), QStringLiteral("Hérault")},
        {QStringLiteral("46"), QStringLiteral("Lot")},
        {QStringLiteral("48"), QStringLiteral("Lozère")},
        {QStringLiteral("65"), QStringLiteral("Hautes-Pyrénées")},
        {QStringLiteral("66"), QStringLiteral("Pyrénées-Orientales")},
        {QStringLiteral("81"), QStringLiteral("Tarn")},
        {QStringLiteral("82"), QStringLiteral("Tarn-et-Garonne")},
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

} // namespace kiosk
