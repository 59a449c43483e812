// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizResultModel.h"

int QuizResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant QuizResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Result &result = m_results.at(index.row());
    switch (role) {
    case JobIdRole: return result.jobId;
    case TitleRole: return result.title;
    case HookRole: return result.hook;
    case ImageRole: return result.image;
    case WhyRole: return result.why;
    default: return {};
    }
}

QHash<int, QByteArray> QuizResultModel::roleNames() const
{
    return {{JobIdRole, "jobId"}, {TitleRole, "title"}, {HookRole, "hook"}, {ImageRole, "image"}, {WhyRole, "why"}};
}

void QuizResultModel::setResults(const QList<Result> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
    Q_EMIT countChanged();
}

QStringList QuizResultModel::jobIds() const
{
    QStringList ids;
    for (const Result &result : m_results)
        ids.append(result.jobId);
    return ids;
}
