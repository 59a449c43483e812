// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include <QAbstractListModel>
#include <QSet>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The "Lycée numérique" texts grouped by topic: one row per topic that has sections, in the order a
// visitor discovers them (label, niveau, recoit, engagement, bac-general, bac-pro, chiffres; a
// topic this build does not know comes last). The "chiffres" row is there whenever the content has
// figures, for the charts (ChartsModel), even without text. Re-read on a content update or a language
// change.
class LyceeModel : public QAbstractListModel, public QmlSingleton<LyceeModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        TopicRole = Qt::UserRole + 1,
        SectionsRole,    // [{sectionId, title, body}] in content order
    };
    Q_ENUM(Roles)

    LyceeModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the topic that holds a section or, for a chart's id, of the key figures (a search
    // hit opens the screen there), or -1.
    Q_INVOKABLE int rowOfSection(const QString &sectionId) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Topic
    {
        QString id;
        QVariantList sections;
    };

    void reload();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QList<Topic> m_topics;
    QSet<QString> m_chartIds;
};
