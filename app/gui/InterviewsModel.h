// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include "content/InterviewQueries.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The interviews list: portrait, name, role. Re-read when the content is reopened or the language
// changes.
class InterviewsModel : public QAbstractListModel, public QmlSingleton<InterviewsModel>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        InterviewIdRole = Qt::UserRole + 1,
        PersonRole,
        RoleRole,        // the person's job ("Développeur")
        EmployerRole,
        SummaryRole,
        PortraitRole,    // file URL; empty when the content has none or the file is missing
    };
    Q_ENUM(Roles)

    InterviewsModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QVector<kiosk::Interview> m_interviews;
};
