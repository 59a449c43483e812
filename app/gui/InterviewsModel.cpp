// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterviewsModel.h"

#include "MediaUrl.h"
#include "Preferences.h"

#include <QFileInfo>

namespace {

// A missing portrait gives no URL, so that QML shows the initials instead of a failing Image.
QUrl portraitUrl(const kiosk::ContentStore &store, const QString &relativePath)
{
    const QUrl url = mediaUrl(store, relativePath);
    return url.isEmpty() || !QFileInfo::exists(url.toLocalFile()) ? QUrl() : url;
}

} // namespace

InterviewsModel::InterviewsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &InterviewsModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, &InterviewsModel::reload);
    reload();
}

int InterviewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interviews.size());
}

QVariant InterviewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kiosk::Interview &interview = m_interviews.at(index.row());
    switch (role) {
    case InterviewIdRole: return interview.id;
    case PersonRole: return interview.person;
    case RoleRole: return interview.role;
    case EmployerRole: return interview.employer;
    case SummaryRole: return interview.summary;
    case PortraitRole: return portraitUrl(m_store, interview.portrait);
    default: return {};
    }
}

QHash<int, QByteArray> InterviewsModel::roleNames() const
{
    return {{InterviewIdRole, "interviewId"}, {PersonRole, "person"},   {RoleRole, "role"},
            {EmployerRole, "employer"},       {SummaryRole, "summary"}, {PortraitRole, "portrait"}};
}

void InterviewsModel::reload()
{
    beginResetModel();
    m_interviews = kiosk::InterviewQueries::all(m_store.database(), m_preferences.contentLanguage());
    endResetModel();
    Q_EMIT countChanged();
}
