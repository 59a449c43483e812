// SPDX-License-Identifier: GPL-3.0-or-later
#include "Search.h"

#include "ContentStore.h"
#include "JobQueries.h"
#include "LyceeQueries.h"
#include "Logging.h"
#include "SearchIndex.h"
#include "SearchQuery.h"
#include "SearchVocabulary.h"
#include "SearchWords.h"
#include "TextFolding.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>
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

// "formation cybersécurité": the trainings of this many of the jobs titled so.
constexpr int kJobsLeadingToTrainings = 5;

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

// The trainings of the jobs `jobs` selects (job_trainings jt), by level then content order, with
// what a training hit shows.
QString trainingsSql(const QString &jobs)
{
    return QStringLiteral("SELECT DISTINCT t.id, t.name, t.name_en, t.level, t.duration, t.rowid FROM job_trainings jt"
                          " JOIN trainings t ON t.id = jt.training_id WHERE %1 ORDER BY t.level, t.rowid")
        .arg(jobs);
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

SearchHit trainingHit(Language language, const QString &id, const std::pair<QString, QString> &names, int level,
                      const QString &duration)
{
    SearchHit hit;
    hit.kind = SearchHit::Kind::Training;
    hit.id = id;
    hit.title = localized(language, names.first, names.second);
    // The duration is free French text.
    hit.detail = language == Language::French ? joined(levelName(level), duration) : levelName(level);
    return hit;
}

SearchHit readHit(const QSqlQuery &query, Language language)
{
    SearchHit hit;
    const QString kind = text(query, KindColumn);
    if (kind == QLatin1String("job")) {
        hit.kind = SearchHit::Kind::Job;
        hit.title = jobTitle(language, text(query, JobTitleM), text(query, JobTitleF), text(query, JobTitleEn));
        hit.detail = localized(language, text(query, JobHook), text(query, JobHookEn));
    } else if (kind == QLatin1String("training")) {
        hit = trainingHit(language, text(query, IdColumn), {text(query, TrainingName), text(query, TrainingNameEn)},
                          query.value(TrainingLevel).toInt(), text(query, TrainingDuration));
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
    hit.id = text(query, IdColumn);
    hit.score = -query.value(ScoreColumn).toDouble(); // bm25: lower is better
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
// Jobs too many to rank come first: the words are mostly about jobs; the kind the visitor asks for
// first still ("formation cybersécurité", "métier avec des ordinateurs").
void groupByKind(QList<SearchHit> &hits, bool jobsRanked, std::optional<SearchHit::Kind> asked)
{
    QMap<SearchHit::Kind, double> best;
    for (const SearchHit &hit : hits)
        best[hit.kind] = std::max(best.value(hit.kind, hit.score), hit.score);
    if (!jobsRanked && best.contains(SearchHit::Kind::Job))
        best[SearchHit::Kind::Job] = std::numeric_limits<double>::infinity();
    if (asked && best.contains(*asked))
        best[*asked] = std::max(best[*asked], std::numeric_limits<double>::max());
    std::stable_sort(hits.begin(), hits.end(), [&best](const SearchHit &a, const SearchHit &b) {
        return std::pair(-best[a.kind], a.kind) < std::pair(-best[b.kind], b.kind);
    });
}

// The visitor's text without the words asking for trainings ("formation cybersécurité" →
// "cybersécurité"), "" when it has none of them or nothing else. The last word stays a word being
// typed only if it was one. `words`: the text's foldedWords.
QString withoutTrainingWords(const QString &text, const QStringList &words)
{
    QStringList subject;
    for (const QString &word : words) {
        if (!SearchWords::asksForTrainings(word))
            subject.append(word);
    }
    if (subject.size() == words.size() || subject.isEmpty())
        return {};
    const bool typingLast = subject.last() == words.last() && (text.back().isLetterOrNumber() || text.back().isMark());
    return subject.join(QLatin1Char(' ')) + (typingLast ? QString() : QStringLiteral(" "));
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
    QSqlQuery jobsTitled;          // a few jobs whose titles hold the words, in content order
    QSqlQuery trainingsOfJob;      // the trainings a job leads to
    QSqlQuery trainingsOfSector;   // those the jobs of a sector lead to

    // Appends the hits of a rewritten query, every word first and, when that finds nothing, any of
    // them: at most `jobs` jobs and `others` hits of each other kind. Whether the jobs were ranked;
    // nothing on an SQL error.
    std::optional<bool> run(const SearchQuery &parsed, Language language, int jobs, int others, QList<SearchHit> &hits);
    // The ids of a few jobs whose titles hold every word of `parsed` ("cybersécurité": the
    // consultant in cybersecurity).
    QStringList titledJobs(const SearchQuery &parsed);
    // After the trainings already in `hits`, those that `trainingsOf` (trainingsOfJob or
    // trainingsOfSector) reads for each of `owners`, at most `limit` in all.
    void addTrainingsOf(QSqlQuery &trainingsOf, const QStringList &owners, Language language, int limit,
                        QList<SearchHit> &hits);
};

std::optional<bool> Search::Cache::run(const SearchQuery &parsed, Language language, int jobs, int others,
                                       QList<SearchHit> &hits)
{
    for (const auto &[ranked, unranked] : {std::pair{parsed.allWords(), parsed.allWordsUnranked()},
                                           std::pair{parsed.anyWord(), parsed.anyWord()}}) {
        countJobs.bindValue(0, unranked);
        const bool rankJobs = countJobs.exec() && countJobs.next() && countJobs.value(0).toInt() <= kMostJobsRanked;
        countJobs.finish();
        QSqlQuery &find = rankJobs ? findRanked : findInOrder;
        find.bindValue(JobsMatch, rankJobs ? ranked : unranked);
        find.bindValue(JobsLimit, jobs);
        find.bindValue(OthersMatch, ranked);
        find.bindValue(OthersLimit, others);
        if (!find.exec()) {
            // Never the visitor's words in the log: the rewritten query holds only indexed words.
            qCWarning(lcSearch) << "search failed:" << find.lastError().text();
            return std::nullopt;
        }
        const qsizetype before = hits.size();
        readHits(find, language, hits);
        find.finish();
        if (hits.size() > before || parsed.wordCount() < 2)
            return rankJobs;
    }
    return true;
}

QStringList Search::Cache::titledJobs(const SearchQuery &parsed)
{
    QStringList ids;
    jobsTitled.bindValue(0, parsed.allWordsInTitle());
    if (!jobsTitled.exec()) {
        qCWarning(lcSearch) << "search failed:" << jobsTitled.lastError().text();
        return ids;
    }
    while (jobsTitled.next())
        ids.append(text(jobsTitled, 0));
    jobsTitled.finish();
    return ids;
}

void Search::Cache::addTrainingsOf(QSqlQuery &trainingsOf, const QStringList &owners, Language language, int limit,
                                   QList<SearchHit> &hits)
{
    QSet<QString> listed;
    double score = 0;   // below every training found by its own words
    for (const SearchHit &hit : std::as_const(hits)) {
        if (hit.kind == SearchHit::Kind::Training) {
            listed.insert(hit.id);
            score = std::min(score, hit.score);
        }
    }
    for (const QString &owner : owners) {
        trainingsOf.bindValue(0, owner);
        if (!trainingsOf.exec()) {
            qCWarning(lcSearch) << "search failed:" << trainingsOf.lastError().text();
            return;
        }
        while (trainingsOf.next() && listed.size() < limit) {
            const QString id = text(trainingsOf, 0);
            if (listed.contains(id))
                continue;
            listed.insert(id);
            SearchHit hit = trainingHit(language, id, {text(trainingsOf, 1), text(trainingsOf, 2)},
                                        trainingsOf.value(3).toInt(), text(trainingsOf, 4));
            hit.score = --score;
            hits.append(hit);
        }
        trainingsOf.finish();
    }
}

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
    auto cache = std::make_unique<Cache>(Cache{db.driver(), SearchVocabulary::load(db), QSqlQuery(db), QSqlQuery(db),
                                               QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
    static const QString countSql = countJobsSql(), rankedSql = findSql(true), inOrderSql = findSql(false),
                         titledSql = QStringLiteral("SELECT ref_id FROM search_index WHERE search_index MATCH ?"
                                                    " AND rowid < %1 LIMIT %2")
                                         .arg(kStride).arg(kJobsLeadingToTrainings),
                         ofJobSql = trainingsSql(QStringLiteral("jt.job_id = ?")),
                         ofSectorSql = trainingsSql(QStringLiteral(
                             "jt.job_id IN (SELECT job_id FROM job_sectors WHERE sector_id = ?)"));
    for (auto [query, sql] : {std::pair{&cache->countJobs, &countSql}, std::pair{&cache->findRanked, &rankedSql},
                              std::pair{&cache->findInOrder, &inOrderSql}, std::pair{&cache->jobsTitled, &titledSql},
                              std::pair{&cache->trainingsOfJob, &ofJobSql},
                              std::pair{&cache->trainingsOfSector, &ofSectorSql}}) {
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
    // "formation cybersécurité": the visitor asks where to learn what the other words say. Those
    // words find the hits (with the trainings' block first), and since a training rarely names
    // every job it leads to, after the trainings whose text says it come those of the jobs titled so.
    const QStringList words = foldedWords(query);
    if (const QString subject = withoutTrainingWords(query, words); !subject.isEmpty()) {
        const SearchQuery parsed = SearchQuery::parse(subject, cached->vocabulary);
        QList<SearchHit> hits;
        const std::optional<bool> jobsRanked = parsed.isEmpty() ? std::nullopt : cached->run(parsed, language, limit, limit, hits);
        if (jobsRanked && !hits.isEmpty()) {
            cached->addTrainingsOf(cached->trainingsOfJob, cached->titledJobs(parsed), language, limit, hits);
            // "formation jeux vidéo": then those of the best sector's jobs.
            const auto sector = std::find_if(hits.cbegin(), hits.cend(),
                                             [](const SearchHit &hit) { return hit.kind == SearchHit::Kind::Sector; });
            if (sector != hits.cend())
                cached->addTrainingsOf(cached->trainingsOfSector, {sector->id}, language, limit, hits);
            groupByKind(hits, *jobsRanked, SearchHit::Kind::Training);
            return hits;
        }
    }
    const SearchQuery parsed = SearchQuery::parse(query, cached->vocabulary);
    if (parsed.isEmpty())
        return {};
    QList<SearchHit> hits;
    const std::optional<bool> jobsRanked = cached->run(parsed, language, limit, limit, hits);
    if (!jobsRanked)
        return {};
    const bool jobsAsked = std::any_of(words.cbegin(), words.cend(), SearchWords::asksForJobs);
    groupByKind(hits, *jobsRanked, jobsAsked ? std::optional(SearchHit::Kind::Job) : std::nullopt);
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
