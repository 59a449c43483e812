// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/Search.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Search hits in kiosk::Search::find()'s order: grouped by kind, the group of the best hit first.
// "section" is the group's title, shown above its first hit ("firstInSection"); "page" is where a
// tap leads.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SearchController")

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        SectionRole,
        FirstInSectionRole,
        IdRole,
        TitleRole,
        DetailRole,
        PageRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setHits(QList<kiosk::SearchHit> hits);   // as Search::find() gives them
    // Group titles are translated when read: call after the interface language changed.
    void retitle();
    // The hits as [{kind, id}] — what the usage statistics keep of a search (never its text).
    Q_INVOKABLE QVariantList hitRefs() const;

    static QString sectionTitle(kiosk::SearchHit::Kind kind);
    static QString page(kiosk::SearchHit::Kind kind);

private:
    QList<kiosk::SearchHit> m_hits;
};
