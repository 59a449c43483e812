// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttractModel.h"

#include "Logging.h"
#include "Preferences.h"
#include "content/ContentStore.h"

#include <QFileInfo>
#include <QUrl>

using kiosk::AttractItem;

AttractModel::AttractModel(kiosk::ContentStore &store, Preferences &preferences, kiosk::AttractQuery::Kinds kinds,
                           QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
    , m_kinds(kinds)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &AttractModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, &AttractModel::reload);
    reload();
}

int AttractModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AttractModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttractItem &item = m_items[index.row()];
    switch (role) {
    case KindRole:
        switch (item.kind) {
        case AttractItem::Kind::Job:
            return QStringLiteral("job");
        case AttractItem::Kind::Figure:
            return QStringLiteral("figure");
        case AttractItem::Kind::Interview:
            return QStringLiteral("interview");
        }
        return {};
    case ItemIdRole:
        return item.id;
    case TitleRole:
        return item.title;
    case TextRole:
        return item.text;
    case DetailRole:
        return item.detail;
    case ImageRole:
        return existingFile(item.image);
    case VideoRole:
        return existingFile(item.video);
    case CaptionsRole:
        return existingFile(item.captions);
    default:
        return {};
    }
}

QHash<int, QByteArray> AttractModel::roleNames() const
{
    return {
        {KindRole, "kind"},   {ItemIdRole, "itemId"}, {TitleRole, "title"},
        {TextRole, "text"},   {DetailRole, "detail"}, {ImageRole, "image"},
        {VideoRole, "video"}, {CaptionsRole, "captions"},
    };
}

QUrl AttractModel::existingFile(const QString &relativePath) const
{
    const QString path = m_store.mediaPath(relativePath);
    return path.isEmpty() || !QFileInfo::exists(path) ? QUrl() : QUrl::fromLocalFile(path);
}

void AttractModel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (m_held)
        qCDebug(lcMedia) << "attract loop: an excerpt opens its video";   // counted by the soak test
    Q_EMIT heldChanged();
    // From the event loop: released by the player's own status signal, the cards (and that very
    // player) must not be destroyed while it is being emitted.
    if (!m_held && m_reloadWaits)
        QMetaObject::invokeMethod(this, &AttractModel::reload, Qt::QueuedConnection);
}

void AttractModel::reload()
{
    m_reloadWaits = m_held;
    if (m_held) {
        qCInfo(lcMedia) << "attract loop: its cards are read again once its excerpt has opened its video";
        return;
    }
    beginResetModel();
    m_items = kiosk::AttractQuery::items(m_store.database(), m_preferences.contentLanguage(), m_kinds);
    endResetModel();
    Q_EMIT countChanged();
}
