// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"
#include "SearchResultsModel.h"

#include "content/Search.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The search screen's state: the visitor's text, results that follow it as they type (searched
// once typing pauses for `debounce`), and suggestions to tap — before typing, and when nothing
// matched. reset() clears it all.
class SearchController : public QObject, public QmlSingleton<SearchController>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(SearchResultsModel *results READ results CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(bool nothingFound READ nothingFound NOTIFY resultsChanged)
    Q_PROPERTY(QStringList suggestions READ suggestions NOTIFY resultsChanged)

public:
    static constexpr std::chrono::milliseconds kDefaultDebounce{150};

    SearchController(kiosk::ContentStore &store, Preferences &preferences,
                     std::chrono::milliseconds debounce = kDefaultDebounce, QObject *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    SearchResultsModel *results() { return &m_results; }
    int count() const { return m_results.rowCount(); }
    // The visitor typed something and nothing matched: show "nothing found, try…".
    bool nothingFound() const { return m_nothingFound; }
    QStringList suggestions() const { return m_suggestions; }

    Q_INVOKABLE void clear();
    // Searches the current text now, without waiting for the typing pause.
    Q_INVOKABLE void searchNow();

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void textChanged();
    void resultsChanged();

private:
    Preferences &m_preferences;
    kiosk::Search m_search;
    SearchResultsModel m_results;
    QTimer m_debounce;
    QString m_text;
    bool m_nothingFound = false;
    QStringList m_suggestions;
};
