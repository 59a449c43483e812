// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/Language.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace kiosk {

// One card of the attract loop, already in the wanted language.
struct AttractItem
{
    enum class Kind { Job, Figure, Interview };
    Kind kind = Kind::Job;
    QString id;
    QString title;    // job title, figure value ("26 000"), interview person
    QString text;     // hook, figure label, interview role and summary
    QString detail;   // figure chart title and year, interview employer
    QString image;    // relative media path, "" when none
    QString video;    // interviews: the light excerpt, else the video; its WebVTT captions (media paths)
    QString captions;
};

// What the attract loop presents, read from the content: jobs (the first 60), key figures and
// interviews, each kind in content order, interleaved so that the loop alternates between them.
class AttractQuery
{
public:
    struct Kinds
    {
        bool jobs = true;
        bool figures = true;
        bool interviews = true;
    };

    static QVector<AttractItem> items(const QSqlDatabase &db, Language language, Kinds kinds);
};

} // namespace kiosk
