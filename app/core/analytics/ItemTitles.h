// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QHash>
#include <QString>

namespace kiosk {

class ContentStore;

// Readable names for the content ids the statistics hold (staff read "Développeur / Développeuse",
// not "developpeur"), taken from the active content. An id the content no longer has keeps its id.
class ItemTitles
{
public:
    // Jobs, trainings, interviews, sectors, lycée texts and charts of the store's content (French
    // names); empty when the store is closed.
    static ItemTitles fromContent(const ContentStore &store);

    void insert(const QString &kind, const QString &id, const QString &title);
    QString title(const QString &kind, const QString &id) const;

private:
    QHash<QString, QString> m_titles; // "kind/id" → title
};

} // namespace kiosk
