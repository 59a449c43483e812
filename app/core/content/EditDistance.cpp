// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditDistance.h"

#include <QVarLengthArray>

#include <algorithm>

namespace kiosk {

bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    const qsizetype lengthGap = b.size() - a.size();
    if (lengthGap > 1)
        return false;
    qsizetype at = 0;
    while (at < a.size() && a.at(at) == b.at(at))
        ++at;
    if (at == a.size())
        return true; // equal, or b has one more letter at the end
    if (lengthGap == 1)
        return a.mid(at) == b.mid(at + 1); // one letter inserted in b
    if (a.mid(at + 1) == b.mid(at + 1))
        return true; // one letter replaced
    // Two neighbours swapped: "ab…" against "ba…".
    return at + 1 < a.size() && a.at(at) == b.at(at + 1) && a.at(at + 1) == b.at(at)
           && a.mid(at + 2) == b.mid(at + 2);
}

int editDistance(QStringView a, QStringView b)
{
    const qsizetype columns = b.size() + 1;
    QVarLengthArray<int, 256> d((a.size() + 1) * columns);
    const auto cell = [&](qsizetype i, qsizetype j) -> int & { return d[i * columns + j]; };
    for (qsizetype i = 0; i <= a.size(); ++i)
        cell(i, 0) = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        cell(0, j) = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, cell(i - 2, j - 2) + 1);
            cell(i, j) = best;
        }
    }
    return cell(a.size(), b.size());
}

} // namespace kiosk
