// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "Departments.h"
#include "TextFolding.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kiosk::SearchIndex {
namespace {

static_assert(kRowidStride == 4294967296, "the statements below spell the stride out");

const char *const kStatements[] = {
    "DELETE FROM search_index",

    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT j.rowid, 'job', j.id, j.title_m || ' ' || j.title_f || ' ' || j.title_en,"
    "  replace(j.keywords, '|', ' ') || ' ' || ifnull((SELECT group_concat(s.name || ' ' || s.name_en, ' ')"
    "   FROM job_sectors js JOIN sectors s ON s.id = js.sector_id WHERE js.job_id = j.id), '') || ' '"
    "  || ifnull((SELECT group_concat(CASE l.level WHEN 0 THEN 'bac' ELSE 'bac' || l.level END, ' ')"
    "   FROM job_levels l WHERE l.job_id = j.id), ''),"
    "  j.hook || ' ' || j.missions || ' ' || j.skills || ' ' || j.hook_en || ' ' || j.missions_en || ' '"
    "  || j.skills_en || ' ' || ifnull((SELECT group_concat(t.name, ' ')"
    "   FROM job_trainings jt JOIN trainings t ON t.id = jt.training_id WHERE jt.job_id = j.id), '')"
    " FROM jobs j",

    // A training is also found by the department it is given in ("formation Hérault", "Gard";
    // $department_name: its name for its code).
    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT 4294967296 + t.rowid, 'training', t.id, t.name || ' ' || t.name_en || ' formation training',"
    "  t.kind || ' ' || CASE t.level WHEN 0 THEN 'bac' ELSE 'bac bac' || t.level END || ' '"
    "  || ifnull((SELECT group_concat(p.establishment || ' ' || p.town || ' ' || p.department || ' ' || $department_name, ' ')"
    "   FROM training_places p WHERE p.training_id = t.id), ''),"
    "  t.duration || ' ' || t.description || ' ' || t.description_en"
    " FROM trainings t",

    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT 2 * 4294967296 + i.rowid, 'interview', i.id, i.person || ' témoignage interview',"
    "  'vidéo video ' || i.role || ' ' || i.role_en || ' ' || i.employer,"
    "  i.summary || ' ' || i.summary_en || ' ' || i.transcript || ' '"
    "  || ifnull((SELECT group_concat(j.title_m || ' ' || j.title_f, ' ')"
    "   FROM job_interviews ji JOIN jobs j ON j.id = ji.job_id WHERE ji.interview_id = i.id), '')"
    " FROM interviews i",

    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT 3 * 4294967296 + s.rowid, 'sector', s.id, s.name || ' ' || s.name_en, '', s.description || ' ' || s.description_en"
    " FROM sectors s",

    // A text of the "Lycée numérique" screen is titled by the screen's name: a visitor looks for
    // the label by that name more than by the words of one of its texts. Its own title weighs as a
    // keyword: "formation" is about trainings before a text titled "… formation".
    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT 4 * 4294967296 + l.rowid, 'lycee', l.id, 'lycée numérique',"
    "  'label high school ' || l.title || ' ' || l.title_en, l.body || ' ' || l.body_en"
    " FROM lycee_sections l",

    // A chart of key figures (the rows of chiffres.csv sharing a `graphique` id) is one text,
    // titled like the lycée texts by where it shows, its own title weighing as a keyword: "label"
    // leads to the label's texts before the charts of "lycées labellisés". Its rowid is its first
    // figure's.
    "INSERT INTO search_index (rowid, kind, ref_id, title, keywords, body)"
    " SELECT 5 * 4294967296 + min(f.rowid), 'chart', f.chart, 'chiffres clés key figures',"
    "  f.chart_title || ' ' || f.chart_title_en, group_concat(f.label || ' ' || f.label_en || ' ' || f.source, ' ')"
    " FROM figures f GROUP BY f.chart",

    // "C++" and "C#" are only "c" to the tokenizer: the index holds them spelled the way
    // foldedWords spells what a visitor types ("cpp", "csharp").
    "UPDATE search_index SET title = $spelled_title, keywords = $spelled_keywords, body = $spelled_body"
    " WHERE title GLOB '*[cC][+#]*' OR keywords GLOB '*[cC][+#]*' OR body GLOB '*[cC][+#]*'",

    // One b-tree per index: fewer segments to merge at every query.
    "INSERT INTO search_index (search_index) VALUES ('optimize')",

    "DELETE FROM search_words",
    "INSERT INTO search_words SELECT term, doc FROM search_terms",
};

// CASE p.department WHEN '09' THEN 'Ariège' … END, from the one table of departments.
QString departmentNameSql()
{
    QString cases = QStringLiteral("CASE p.department");
    for (const Department &department : occitanieDepartments())
        cases += QStringLiteral(" WHEN '%1' THEN '%2'")
                     .arg(department.code, QString(department.name).replace(QLatin1Char('\''), QLatin1String("''")));
    return cases + QStringLiteral(" ELSE '' END");
}

// replace(replace(column, 'C++', ' cpp '), 'c++', ' cpp ')…, from TextFolding's one list.
QString spelledSql(const QString &column)
{
    QString sql = column;
    for (const SpelledSymbol &symbol : spelledSymbols()) {
        const QString spelled = QLatin1Char(' ') + symbol.spelled + QLatin1Char(' ');
        for (const QString &typed : {QString(symbol.typed), QString(symbol.typed).toUpper()})
            sql = QStringLiteral("replace(%1, '%2', '%3')").arg(sql, typed, spelled);
    }
    return sql;
}

QString withPlaceholdersFilled(const char *statement)
{
    QString sql = QString::fromUtf8(statement).replace(QLatin1String("$department_name"), departmentNameSql());
    for (const QLatin1String column : {QLatin1String("title"), QLatin1String("keywords"), QLatin1String("body")})
        sql.replace(QLatin1String("$spelled_") + column, spelledSql(column));
    return sql;
}

} // namespace

QString rebuild(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *statement : kStatements) {
        if (!query.exec(withPlaceholdersFilled(statement)))
            return QStringLiteral("index de recherche : %1").arg(query.lastError().text());
    }
    return {};
}

} // namespace kiosk::SearchIndex
