// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "JobLinks.h"
#include "Language.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace kiosk {

// One video interview (sheet temoignages.csv), already in the wanted language. Media paths are
// relative to the content folder (ContentStore::mediaPath makes them absolute).
struct Interview
{
    QString id;
    QString person;
    QString role;
    QString employer;
    QString summary;
    QString video;
    QString captions;
    QString transcript;   // French only; "" when the content has none
    QString portrait;
    QList<JobLink> jobs;   // the jobs it tells about; filled by byId() only
};

class InterviewQueries
{
public:
    // Every interview, in content order.
    static QVector<Interview> all(const QSqlDatabase &db, Language language);
    static std::optional<Interview> byId(const QSqlDatabase &db, Language language, const QString &id);
};

} // namespace kiosk
