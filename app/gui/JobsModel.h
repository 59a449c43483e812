// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "FilterOptionsModel.h"
#include "QmlSingleton.h"

#include "content/JobFilter.h"
#include "content/JobQueries.h"

#include <QAbstractListModel>
#include <QCache>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The jobs grid: every job matching the visitor's filters (one sector, one level, one interest at
// most), and the three facets as chips with live counts. Rows are read from SQL a page at a time,
// as the grid shows them, and the counts are precomputed: opening the grid and tapping a chip cost
// the same at 50 or 10,000 cards. Re-read when the content is reopened, relabelled when the
// language changes; reset() clears the filters for the next visitor.
class JobsModel : public QAbstractListModel, public QmlSingleton<JobsModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(FilterOptionsModel *sectors READ sectors CONSTANT)
    Q_PROPERTY(FilterOptionsModel *levels READ levels CONSTANT)
    Q_PROPERTY(FilterOptionsModel *interests READ interests CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool filtered READ isFiltered NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,            // both forms ("Développeur · Développeuse") or the English title
        TitleMasculineRole,
        TitleFeminineRole,
        HookRole,
        ImageRole,            // file URL, may be empty
        LevelsRole,           // "Bac+2 · Bac+3"
    };

    JobsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    FilterOptionsModel *sectors() { return &m_sectors; }
    FilterOptionsModel *levels() { return &m_levels; }
    FilterOptionsModel *interests() { return &m_interests; }
    int count() const { return m_count; }
    int total() const { return m_total; }
    bool isFiltered() const { return !filter().isEmpty(); }

    Q_INVOKABLE void clearFilters();
    // Shows one sector only (a sector chosen in the search results).
    Q_INVOKABLE void showSector(const QString &sectorId);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void countChanged();

private:
    kiosk::JobFilter filter() const;
    const kiosk::JobSummary *job(int row) const;
    void reload();
    void relabel();
    void updateOptions();
    void refilter();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QList<kiosk::FacetValue> m_sectorValues, m_interestValues;
    kiosk::JobFilter m_shown;   // the filter the rows and counts are for
    int m_count = 0;
    int m_total = 0;
    // Page number → its rows: the pages the grid read last (its view and cache buffer).
    mutable QCache<int, QList<kiosk::JobSummary>> m_pages;
    bool m_batch = false;   // several facets change at once: refilter once at the end
    FilterOptionsModel m_sectors, m_levels, m_interests;
};
