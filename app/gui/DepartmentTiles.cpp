// SPDX-License-Identifier: GPL-3.0-or-later
#include "DepartmentTiles.h"

const QList<DepartmentTile> &departmentTiles()
{
    static const QList<DepartmentTile> tiles{
        {QStringLiteral("46"), 0, 1},   // Lot
        {QStringLiteral("12"), 0, 2},   // Aveyron
        {QStringLiteral("48"), 0, 3},   // Lozère
        {QStringLiteral("32"), 1, 0},   // Gers
        {QStringLiteral("82"), 1, 1},   // Tarn-et-Garonne
        {QStringLiteral("81"), 1, 2},   // Tarn
        {QStringLiteral("34"), 1, 3},   // Hérault
        {QStringLiteral("30"), 1, 4},   // Gard
        {QStringLiteral("65"), 2, 0},   // Hautes-Pyrénées
        {QStringLiteral("31"), 2, 1},   // Haute-Garonne
        {QStringLiteral("11"), 2, 2},   // Aude
        {QStringLiteral("09"), 3, 1},   // Ariège
        {QStringLiteral("66"), 3, 2},   // Pyrénées-Orientales
    };
    return tiles;
}
