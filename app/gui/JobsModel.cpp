// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsModel.h"

#include "LevelNames.h"
#include "MediaUrl.h"
#include "Preferences.h"

#include <QScopedValueRollback>

using kiosk::JobFilter;
using kiosk::localized;

namespace {
constexpr int kPageRows = 24;      // about a screenful of cards
constexpr int kPagesKept = 16;
} // namespace

JobsModel::JobsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
    , m_pages(kPagesKept)
{
    for (FilterOptionsModel *facet : {&m_sectors, &m_levels, &m_interests})
        connect(facet, &FilterOptionsModel::selectedKeyChanged, this, &JobsModel::refilter);
    connect(&store, &kiosk::ContentStore::reopened, this, &JobsModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, &JobsModel::relabel);
    reload();
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kiosk::JobSummary *job = this->job(index.row());
    if (!job)
        return {};
    const kiosk::Language language = m_preferences.contentLanguage();
    switch (role) {
    case IdRole: return job->id;
    case TitleRole:
        return kiosk::jobTitle(language, job->titleMasculine, job->titleFeminine, job->titleEnglish);
    case TitleMasculineRole: return job->titleMasculine;
    case TitleFeminineRole: return job->titleFeminine;
    case HookRole: return localized(language, job->hook, job->hookEnglish);
    case ImageRole: return mediaUrl(m_store, job->image);
    case LevelsRole: return levelNames(job->levels);
    default: return {};
    }
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    return {{IdRole, "jobId"},
            {TitleRole, "title"},
            {TitleMasculineRole, "titleMasculine"},
            {TitleFeminineRole, "titleFeminine"},
            {HookRole, "hook"},
            {ImageRole, "image"},
            {LevelsRole, "levels"}};
}

void JobsModel::clearFilters()
{
    {
        const QScopedValueRollback batch(m_batch, true);   // one refilter for the three facets
        m_sectors.setSelectedKey({});
        m_levels.setSelectedKey({});
        m_interests.setSelectedKey({});
    }
    refilter();
}

void JobsModel::showSector(const QString &sectorId)
{
    {
        const QScopedValueRollback batch(m_batch, true);
        m_levels.setSelectedKey({});
        m_interests.setSelectedKey({});
        m_sectors.setSelectedKey(sectorId);
    }
    refilter();
}

void JobsModel::reset()
{
    clearFilters();
}

JobFilter JobsModel::filter() const
{
    JobFilter filter;
    filter.sector = m_sectors.selectedKey();
    filter.interest = m_interests.selectedKey();
    if (!m_levels.selectedKey().isEmpty())
        filter.level = m_levels.selectedKey().toInt();
    return filter;
}

// The row's job, reading its page when the grid first needs it; null if the content changed under
// the grid (the store failed to read the page).
const kiosk::JobSummary *JobsModel::job(int row) const
{
    const int page = row / kPageRows;
    if (!m_pages.contains(page))
        m_pages.insert(page, new QList(kiosk::JobQueries(m_store).jobs(m_shown, page * kPageRows, kPageRows)));
    const QList<kiosk::JobSummary> *rows = m_pages.object(page);
    const int at = row % kPageRows;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

void JobsModel::reload()
{
    const kiosk::JobQueries queries(m_store);
    m_total = queries.count({});
    m_sectorValues = queries.sectors();
    m_interestValues = queries.interests();
    {
        const QScopedValueRollback batch(m_batch, true);   // vanished values clear their selection
        updateOptions();
    }
    refilter();
}

void JobsModel::relabel()
{
    updateOptions();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TitleRole, HookRole, LevelsRole});
}

void JobsModel::updateOptions()
{
    const kiosk::Language language = m_preferences.contentLanguage();
    const auto options = [language](const QList<kiosk::FacetValue> &values) {
        QList<FilterOptionsModel::Option> options;
        for (const kiosk::FacetValue &value : values)
            options.append({value.id, localized(language, value.name, value.nameEnglish)});
        return options;
    };
    QList<FilterOptionsModel::Option> levels;
    for (const int level : kiosk::kLevels)
        levels.append({QString::number(level), levelName(level)});
    m_sectors.setOptions(options(m_sectorValues));
    m_levels.setOptions(levels);
    m_interests.setOptions(options(m_interestValues));
}

void JobsModel::refilter()
{
    if (m_batch)
        return;
    const kiosk::JobQueries queries(m_store);
    beginResetModel();
    m_shown = filter();
    m_pages.clear();
    m_count = queries.count(m_shown);
    endResetModel();
    m_sectors.setCounts(queries.counts(m_shown, JobFilter::Facet::Sector));
    m_levels.setCounts(queries.counts(m_shown, JobFilter::Facet::Level));
    m_interests.setCounts(queries.counts(m_shown, JobFilter::Facet::Interest));
    Q_EMIT countChanged();
}
