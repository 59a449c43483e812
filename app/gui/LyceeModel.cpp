// SPDX-License-Identifier: GPL-3.0-or-later
#include "LyceeModel.h"

#include "Preferences.h"
#include "content/ContentStore.h"
#include "content/FigureQueries.h"
#include "content/LyceeQueries.h"

#include <QVariantMap>

#include <algorithm>

namespace {

// The topic whose page shows the charts (ChartsModel) below its texts.
QString figuresTopic()
{
    return QStringLiteral("chiffres");
}

} // namespace

LyceeModel::LyceeModel(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &LyceeModel::reload);
    connect(&preferences, &Preferences::languageChanged, this, &LyceeModel::reload);
    reload();
}

int LyceeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant LyceeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Topic &topic = m_topics.at(index.row());
    switch (role) {
    case TopicRole: return topic.id;
    case SectionsRole: return topic.sections;
    default: return {};
    }
}

QHash<int, QByteArray> LyceeModel::roleNames() const
{
    return {{TopicRole, "topic"}, {SectionsRole, "sections"}};
}

int LyceeModel::rowOfSection(const QString &sectionId) const
{
    const auto holds = [&sectionId, this](const Topic &topic) {
        return (topic.id == figuresTopic() && m_chartIds.contains(sectionId))
               || std::any_of(topic.sections.cbegin(), topic.sections.cend(), [&sectionId](const QVariant &section) {
                      return section.toMap().value(QStringLiteral("sectionId")) == sectionId;
                  });
    };
    const auto topic = std::find_if(m_topics.cbegin(), m_topics.cend(), holds);
    return topic == m_topics.cend() ? -1 : int(topic - m_topics.cbegin());
}

void LyceeModel::reload()
{
    beginResetModel();
    m_topics.clear();
    for (const kiosk::LyceeSection &section :
         kiosk::LyceeQueries::sections(m_store.database(), m_preferences.contentLanguage())) {
        auto topic = std::find_if(m_topics.begin(), m_topics.end(),
                                  [&section](const Topic &t) { return t.id == section.topic; });
        if (topic == m_topics.end())
            topic = m_topics.insert(m_topics.end(), Topic{section.topic, {}});
        topic->sections.append(QVariantMap{{QStringLiteral("sectionId"), section.id},
                                           {QStringLiteral("title"), section.title},
                                           {QStringLiteral("body"), section.body}});
    }
    m_chartIds = kiosk::FigureQueries::chartIds(m_store.database());
    if (!m_chartIds.isEmpty()
        && std::none_of(m_topics.cbegin(), m_topics.cend(), [](const Topic &t) { return t.id == figuresTopic(); }))
        m_topics.append(Topic{figuresTopic(), {}});
    std::stable_sort(m_topics.begin(), m_topics.end(),
                     [](const Topic &a, const Topic &b) {
                         return kiosk::LyceeQueries::topicRank(a.id) < kiosk::LyceeQueries::topicRank(b.id);
                     });
    endResetModel();
    Q_EMIT countChanged();
}
