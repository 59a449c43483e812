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
// when the content is reopened or the language changes, unless held: then once no longer held.
class AttractModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read AttractController.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Set by QML while one of the loop's excerpts still opens its video: re-reading the cards
    // destroys their players, and Qt 6.4's player can deadlock when destroyed then
    // (docs/architecture.md). A content update waits the few tenths of a second it takes.
    Q_PROPERTY(bool held READ isHeld WRITE setHeld NOTIFY heldChanged)

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

    bool isHeld() const { return m_held; }
    void setHeld(bool held);

Q_SIGNALS:
    void countChanged();
    void heldChanged();

private:
    void reload();
    QUrl existingFile(const QString &relativePath) const;

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    kiosk::AttractQuery::Kinds m_kinds;
    QVector<kiosk::AttractItem> m_items;
    bool m_held = false;
    bool m_reloadWaits = false;
};
