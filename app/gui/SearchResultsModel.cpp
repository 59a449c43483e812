// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

#include <QCoreApplication>
#include <QVariantMap>

using Kind = kiosk::SearchHit::Kind;

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kiosk::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case KindRole: return kiosk::searchKindKey(hit.kind);
    case SectionRole: return sectionTitle(hit.kind);
    case FirstInSectionRole: return index.row() == 0 || m_hits.at(index.row() - 1).kind != hit.kind;
    case IdRole: return hit.id;
    case TitleRole: return hit.title;
    case DetailRole: return hit.detail;
    case PageRole: return page(hit.kind);
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return {{KindRole, "kind"},     {SectionRole, "section"}, {FirstInSectionRole, "firstInSection"},
            {IdRole, "itemId"},     {TitleRole, "title"},     {DetailRole, "detail"},
            {PageRole, "page"}};
}

void SearchResultsModel::setHits(QList<kiosk::SearchHit> hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultsModel::retitle()
{
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {SectionRole});
}

QString SearchResultsModel::sectionTitle(Kind kind)
{
    switch (kind) {
    case Kind::Job: return QCoreApplication::translate("SearchResults", "Métiers");
    case Kind::Training: return QCoreApplication::translate("SearchResults", "Formations");
    case Kind::Interview: return QCoreApplication::translate("SearchResults", "Témoignages vidéo");
    case Kind::Sector: return QCoreApplication::translate("SearchResults", "Domaines");
    case Kind::Lycee: return QCoreApplication::translate("SearchResults", "Lycée numérique");
    case Kind::Chart: return QCoreApplication::translate("SearchResults", "Chiffres clés");
    }
    return {};
}

// A sector opens the jobs grid filtered on it; a lycée text, the "Lycée numérique" screen on its
// topic; a chart, that screen on its key figures.
QString SearchResultsModel::page(Kind kind)
{
    switch (kind) {
    case Kind::Job: return QStringLiteral("job");
    case Kind::Training: return QStringLiteral("training");
    case Kind::Interview: return QStringLiteral("interview");
    case Kind::Sector: return QStringLiteral("jobs");
    case Kind::Lycee:
    case Kind::Chart: return QStringLiteral("lycee");
    }
    return {};
}

QVariantList SearchResultsModel::hitRefs() const
{
    QVariantList refs;
    for (const kiosk::SearchHit &hit : m_hits)
        refs.append(QVariantMap{{QStringLiteral("kind"), kiosk::searchKindKey(hit.kind)}, {QStringLiteral("id"), hit.id}});
    return refs;
}
