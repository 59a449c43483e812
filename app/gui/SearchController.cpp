// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchController.h"

#include "Logging.h"
#include "Preferences.h"
#include "content/ContentStore.h"

SearchController::SearchController(kiosk::ContentStore &store, Preferences &preferences,
                                   std::chrono::milliseconds debounce, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_search(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounce);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::searchNow);
    // Titles come in the visitor's language, group titles in the interface language.
    connect(&preferences, &Preferences::languageChanged, this, &SearchController::searchNow);
    connect(&store, &kiosk::ContentStore::reopened, this, &SearchController::searchNow);
    searchNow();   // the suggestions shown before the visitor types
}

void SearchController::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    m_debounce.start();
}

void SearchController::clear()
{
    setText({});
    searchNow();
}

void SearchController::reset()
{
    clear();
}

void SearchController::searchNow()
{
    m_debounce.stop();
    const QString query = m_text.simplified();
    const kiosk::Language language = m_preferences.contentLanguage();
    const QList<kiosk::SearchHit> hits = query.isEmpty() ? QList<kiosk::SearchHit>()
                                                         : m_search.find(query, language);
    qCDebug(lcSearch) << "search:" << hits.size() << "hits";   // never the visitor's words
    m_results.setHits(hits);
    m_nothingFound = !query.isEmpty() && hits.isEmpty();
    m_suggestions = query.isEmpty() || m_nothingFound ? m_search.suggestions(language) : QStringList();
    Q_EMIT resultsChanged();
}
