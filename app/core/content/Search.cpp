// SPDX-License-Identifier: GPL-3.0-or-later
#include "Search.h"

#include "ContentStore.h"
#include "JobQueries.h"
#include "LyceeQueries.h"
#include "Logging.h"
#include "SearchIndex.h"
#include "SearchQuery.h"
#include "SearchVocabulary.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

namespace kiosk {
namespace {

// Bound values, in order: the jobs' match and limit, the other kinds' match and limit.
enum BoundValue { JobsMatch, JobsLimit, OthersMatch, OthersLimit };

// Ranking costs 2 to 7 µs for every matching row (bm25 reads each row's phrase positions and
// column sizes): a word found in more job cards than this is too common to rank within the 5 ms a
// key press may take (a short prefix, "co" or "bts", in a content of 10,000 cards). Those jobs
// come in content order; a word or two more and they are few enough to rank.
constexpr int kMostJobsRanked = 500;

const QString kStride = QString::number(SearchIndex::kRowidStride);

// The jobs a match finds, up to one more than kMostJobsRanked: enough to know whether to rank.
QString countJobsSql()
{
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ?"
                          " AND rowid < %1 LIMIT %2)")
        .arg(kStride).arg(kMostJobsRanked + 1);
}

// A chart hit's title or bars (`expression` over its rows of figures, in their order); read only for
// the few chart hits, not joined to every hit.
QString chartColumn(const QString &expression)
{
    return QStringLiteral("CASE x.kind WHEN 'chart' THEN (SELECT %1 FROM (SELECT * FROM figures"
                          " WHERE chart = x.ref_id ORDER BY sort_order, id)) END")
        .arg(expression);
}

// The best hits of each kind, ranked by bm25 (weights by column: kind and ref_id are not text, then
// title, keywords, body), then joined to their tables for titles in both languages (a chart's read
// from its figures). Jobs are most of the index: they are ranked alone in their rowid range
// (SearchIndex::kRowidStride) with a bounded sort, or taken in content order when `rankJobs` is
// false; the few trainings, interviews, sectors, lycée texts and charts are ranked together and cut
// per kind.
QString findSql(bool rankJobs)
{
    const QString rank = QStringLiteral("SELECT rowid AS hit, %3 AS score"
                                        " FROM search_index WHERE search_index MATCH ? AND rowid %1 %2");
    const QString bm25 = QStringLiteral("bm25(search_index, 0, 0, 10.0, 5.0, 1.0)");
    const QString jobs = rankJobs ? QStringLiteral("%1 ORDER BY score LIMIT ?") : QStringLiteral("%1 LIMIT ?");
    const QString ranked =
        QStringLiteral("SELECT * FROM (%1)"
                       " UNION ALL SELECT hit, score FROM (SELECT hit, score,"
                       "  row_number() OVER (PARTITION BY hit / %3 ORDER BY score) AS place FROM (%2))"
                       " WHERE place <= ?")
            .arg(jobs.arg(rank.arg(QStringLiteral("<"), kStride, rankJobs ? bm25 : QStringLiteral("0.0"))),
                 rank.arg(QStringLiteral(">="), kStride, bm25), kStride);
    return QStringLiteral(
               "SELECT x.kind, x.ref_id, h.score,"
               " j.title_m, j.title_f, j.title_en, j.hook, j.hook_en,"
               " t.name, t.name_en, t.level, t.duration,"
               " i.person, i.role, i.role_en, i.employer,"
               " s.name, s.name_en, s.description, s.description_en,"
               " l.topic, l.title, l.title_en, l.body, l.body_en, l.sort_order,"
               " %2, %3, %4, %5"
               " FROM (%1) h"
               " JOIN search_index x ON x.rowid = h.hit"
               " LEFT JOIN jobs j ON x.kind = 'job' AND j.id = x.ref_id"
               " LEFT JOIN trainings t ON x.kind = 'training' AND t.id = x.ref_id"
               " LEFT JOIN interviews i ON x.kind = 'interview' AND i.id = x.ref_id"
               " LEFT JOIN sectors s ON x.kind = 'sector' AND s.id = x.ref_id"
               " LEFT JOIN lycee_sections l ON x.kind = 'lycee' AND l.id = x.ref_id"
               " ORDER BY h.score, h.hit")
        .arg(ranked, chartColumn(QStringLiteral("chart_title")), chartColumn(QStringLiteral("chart_title_en")),
             chartColumn(QStringLiteral("group_concat(label, ' · ')")),
             chartColumn(QStringLiteral("group_concat(CASE label_en WHEN '' THEN label ELSE label_en END, ' · ')")));
}

enum Column {
    KindColumn, IdColumn, ScoreColumn,
    JobTitleM, JobTitleF, JobTitleEn, JobHook, JobHookEn,
    TrainingName, TrainingNameEn, TrainingLevel, TrainingDuration,
    InterviewPerson, InterviewRole, InterviewRoleEn, InterviewEmployer,
    SectorName, SectorNameEn, SectorDescription, SectorDescriptionEn,
    LyceeTopic, LyceeTitle, LyceeTitleEn, LyceeBody, LyceeBodyEn, LyceeOrder,
    ChartTitle, ChartTitleEn, ChartLabels, ChartLabelsEn,
};

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

QString joined(const QString &first, const QString &second)
{
    return second.isEmpty() ? first : first + QStringLiteral(" · ") + second;
}

// The first sentence of a description: one line under a sector's name.
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}

QString levelName(int level)
{
    return level == 0 ? QStringLiteral("Bac") : QStringLiteral("Bac+%1").arg(level);
}

SearchHit readHit(const QSqlQuery &query, Language language)
{
    SearchHit hit;
    const QString kind = text(query, KindColumn);
    hit.id = text(query, IdColumn);
    hit.score = -query.value(ScoreColumn).toDouble(); // bm25: lower is better
    if (kind == QLatin1String("job")) {
        hit.kind = SearchHit::Kind::Job;
        hit.title = jobTitle(language, text(query, JobTitleM), text(query, JobTitleF), text(query, JobTitleEn));
        hit.detail = localized(language, text(query, JobHook), text(query, JobHookEn));
    } else if (kind == QLatin1String("training")) {
        hit.kind = SearchHit::Kind::Training;
        hit.title = localized(language, text(query, TrainingName), text(query, TrainingNameEn));
        const QString level = levelName(query.value(TrainingLevel).toInt());
        // The duration is free French text.
        hit.detail = language == Language::French ? joined(level, text(query, TrainingDuration)) : level;
    } else if (kind == QLatin1String("interview")) {
        hit.kind = SearchHit::Kind::Interview;
        hit.title = text(query, InterviewPerson);
        hit.detail = joined(localized(language, text(query, InterviewRole), text(query, InterviewRoleEn)),
                            text(query, InterviewEmployer));
    } else if (kind == QLatin1String("sector")) {
        hit.kind = SearchHit::Kind::Sector;
        hit.title = localized(language, text(query, SectorName), text(query, SectorNameEn));
        hit.detail = firstSentence(localized(language, text(query, SectorDescription),
                                             text(query, SectorDescriptionEn)));
    } else if (kind == QLatin1String("chart")) {
        hit.kind = SearchHit::Kind::Chart;
        hit.title = localized(language, text(query, ChartTitle), text(query, ChartTitleEn));
        hit.detail = language == Language::French ? text(query, ChartLabels) : text(query, ChartLabelsEn);
    } else {
        hit.kind = SearchHit::Kind::Lycee;
        hit.title = localized(language, text(query, LyceeTitle), text(query, LyceeTitleEn));
        hit.detail = firstSentence(localized(language, text(query, LyceeBody), text(query, LyceeBodyEn)));
    }
    return hit;
}

// Appends the hits of an executed find query, read best first. A lycée hit opens the screen on its
// topic: the best text of each topic stands for it, and they come in the screen's order.
void readHits(QSqlQuery &find, Language language, QList<SearchHit> &hits)
{
    QMap<std::tuple<qsizetype, int, QString>, SearchHit> lycee;   // by place on the screen
    QSet<QString> lyceeTopics;
    while (find.next()) {
        if (text(find, KindColumn) != QLatin1String("lycee")) {
            hits.append(readHit(find, language));
            continue;
        }
        const QString topic = text(find, LyceeTopic);
        if (lyceeTopics.contains(topic))
            continue;
        lyceeTopics.insert(topic);
        lycee.insert({LyceeQueries::topicRank(topic), find.value(LyceeOrder).toInt(), topic}, readHit(find, language));
    }
    hits.append(lycee.values());
}

// One block per kind, the block holding the best hit first, keeping the order inside each block.
// Jobs too many to rank come first: the words are mostly about jobs.
void groupByKind(QList<SearchHit> &hits, bool jobsRanked)
{
    QMap<SearchHit::Kind, double> best;
    for (const SearchHit &hit : hits)
        best[hit.kind] = std::max(best.value(hit.kind, hit.score), hit.score);
    if (!jobsRanked && best.contains(SearchHit::Kind::Job))
        best[SearchHit::Kind::Job] = std::numeric_limits<double>::infinity();
    std::stable_sort(hits.begin(), hits.end(), [&best](const SearchHit &a, const SearchHit &b) {
        return std::pair(-best[a.kind], a.kind) < std::pair(-best[b.kind], b.kind);
    });
}

} // namespace

QString searchKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Job: return QStringLiteral("job");
    case SearchHit::Kind::Training: return QStringLiteral("training");
    case SearchHit::Kind::Interview: return QStringLiteral("interview");
    case SearchHit::Kind::Sector: return QStringLiteral("sector");
    case SearchHit::Kind::Lycee: return QStringLiteral("lycee");
    case SearchHit::Kind::Chart: return QStringLiteral("chart");
    }
    return {};
}

// What find() keeps between calls, valid while the connection it came from lives: Qt deletes a
// connection's driver when the store closes it, which clears `driver`.
struct Search::Cache
{
    QPointer<QSqlDriver> driver;
    SearchVocabulary vocabulary;
    QSqlQuery countJobs;
    QSqlQuery findRanked;    // jobs ranked
    QSqlQuery findInOrder;   // jobs in content order (too many to rank)
};

Search::Search(const ContentStore &store)
    : m_store(store)
{
    cache();
    m_reopened = QObject::connect(&store, &ContentStore::reopened, [this] { cache(); });
}

Search::~Search()
{
    QObject::disconnect(m_reopened);
}

Search::Cache *Search::cache() const
{
    const QSqlDatabase db = m_store.database();
    if (m_cache && m_cache->driver && m_cache->driver == db.driver())
        return m_cache.get();
    m_cache.reset();
    if (!db.isOpen())
        return nullptr;
    auto cache = std::make_unique<Cache>(
        Cache{db.driver(), SearchVocabulary::load(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
    static const QString countSql = countJobsSql(), rankedSql = findSql(true), inOrderSql = findSql(false);
    for (auto [query, sql] : {std::pair{&cache->countJobs, &countSql}, std::pair{&cache->findRanked, &rankedSql},
                              std::pair{&cache->findInOrder, &inOrderSql}}) {
        query->setForwardOnly(true);
        if (!query->prepare(*sql)) {
            qCWarning(lcSearch) << "search query does not prepare:" << query->lastError().text();
            return nullptr;
        }
    }
    qCDebug(lcSearch) << "vocabulary loaded:" << cache->vocabulary.size() << "words";
    m_cache = std::move(cache);
    return m_cache.get();
}

QList<SearchHit> Search::find(const QString &query, Language language, int limit) const
{
    Cache *cached = cache();
    if (!cached || limit <= 0)
        return {};
    const SearchQuery parsed = SearchQuery::parse(query, cached->vocabulary);
    if (parsed.isEmpty())
        return {};
    QList<SearchHit> hits;
    // Every word first; when that finds nothing, any of them. Each as {ranked, unranked} forms.
    for (const auto &[ranked, unranked] : {std::pair{parsed.allWords(), parsed.allWordsUnranked()},
                                           std::pair{parsed.anyWord(), parsed.anyWord()}}) {
        QSqlQuery &count = cached->countJobs;
        count.bindValue(0, unranked);
        const bool rankJobs = count.exec() && count.next() && count.value(0).toInt() <= kMostJobsRanked;
        count.finish();
        QSqlQuery &find = rankJobs ? cached->findRanked : cached->findInOrder;
        find.bindValue(JobsMatch, rankJobs ? ranked : unranked);
        find.bindValue(JobsLimit, limit);
        find.bindValue(OthersMatch, ranked);
        find.bindValue(OthersLimit, limit);
        if (!find.exec()) {
            // Never the visitor's words in the log: the rewritten query holds only indexed words.
            qCWarning(lcSearch) << "search failed:" << find.lastError().text();
            return {};
        }
        readHits(find, language, hits);
        find.finish();
        if (!hits.isEmpty() || parsed.wordCount() < 2) {
            groupByKind(hits, rankJobs);
            break;
        }
    }
    return hits;
}

QStringList Search::suggestions(Language language, int count) const
{
    if (!m_store.isOpen())
        return {};
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name, name_en FROM sectors ORDER BY sort_order, name LIMIT ?"));
    query.addBindValue(count);
    QStringList words;
    if (!query.exec())
        return words;
    while (query.next())
        words.append(localized(language, query.value(0).toString(), query.value(1).toString()));
    return words;
}

} // namespace kiosk
