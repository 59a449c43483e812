// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace kiosk {

// What the content says about itself (sheet infos.csv).
struct ContentInfo
{
    int version = 0;
    QString title;
    QString created;
    QString author;
    QString homeTitle;
    QString homeTitleEn;
    QString homeSubtitle;
    QString homeSubtitleEn;
};

// Owns the one SQLite connection to the active content version (a folder holding content.sqlite and
// its media). Queries live in small classes that take the store's database(); after reopen() (a
// content update or rollback) every model re-reads through the reopened() signal.
class ContentStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kDatabaseFileName = "content.sqlite";

    enum class Access { ReadOnly, ReadWrite };

    explicit ContentStore(QObject *parent = nullptr);
    ~ContentStore() override;

    // Opens contentDir/content.sqlite, migrating it first when it is older than this build (in
    // both modes: content a previous kiosk version built stays usable after a software update).
    // On failure returns false, keeps the store closed and sets errorString().
    bool open(const QString &contentDir, Access access = Access::ReadOnly);
    // Closes the connection (needed before the content folder is switched) and opens another.
    bool reopen(const QString &contentDir);
    void close();

    bool isOpen() const;
    QString errorString() const;
    QString contentDir() const;
    QSqlDatabase database() const;

    // Absolute path of a media file referenced by the content ("" for an empty reference).
    QString mediaPath(const QString &relativePath) const;

    ContentInfo info() const;
    // Row count of a content table; -1 when the table does not exist.
    int count(const QString &table) const;

Q_SIGNALS:
    void reopened();

private:
    QString m_connectionName;
    QString m_contentDir;
    QString m_error;
};

} // namespace kiosk
