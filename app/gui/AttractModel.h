// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "kiosk/AttractQuery.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The cards of the attract loop (jobs, key figures, interviews), in the visitor's language. Re-read
// when the content is reopened or the language changes.
class AttractModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read AttractController.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,   // "job", "figure", "interview"
        ItemIdRole,
        TitleRole,
        TextRole,
        DetailRole,
        ImageRole,                     // file URL, "" when the content has none or the file is missing
        VideoRole,                     // interviews: file URLs of the video and its captions, as ImageRole
        CaptionsRole,
    };
    Q_ENUM(Roles)

    AttractModel(kiosk::ContentStore &store, Preferences &preferences, kiosk::AttractQuery::Kinds kinds,
                 QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();
    QUrl existingFile(const QString &relativePath) const;

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    kiosk::AttractQuery::Kinds m_kinds;
    QVector<kiosk::AttractItem> m_items;
};
