// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"

#include "content/ContentStore.h"
#include "content/SchemaMigrator.h"
#include "content/DerivedTables.h"

#include <QDebug>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kiosk::test {
namespace {

const char *const kRows[] = {
    "INSERT INTO meta VALUES ('title', 'Contenu de test'), ('created', '2026-11-29'),"
    " ('author', 'Tests'), ('home_title', 'Les métiers du numérique'),"
    " ('home_title_en', 'Digital jobs'), ('home_subtitle', 'Découvre des métiers'),"
    " ('home_subtitle_en', 'Discover jobs')",
    "INSERT INTO sectors (id, name, name_en, icon, sort_order) VALUES"
    " ('cyber', 'Cybersécurité', 'Cybersecurity', 'shield', 1),"
    " ('dev', 'Développement', 'Software development', 'code', 2),"
    " ('jeu', 'Jeu vidéo', 'Video games', 'gamepad', 3)",
    "INSERT INTO interests (id, name, name_en, question, question_en, sort_order) VALUES"
    " ('proteger', 'Protéger', 'Protect', 'J''aime protéger les autres', 'I like to protect people', 1),"
    " ('creer', 'Créer', 'Create', 'J''aime créer', 'I like to create', 2),"
    " ('jouer', 'Jouer', 'Play', 'J''aime jouer', 'I like games', 3)",
    "INSERT INTO jobs (id, title_m, title_f, title_en, hook, missions, skills, keywords, source_url,"
    " sort_order) VALUES"
    " ('developpeur', 'Développeur', 'Développeuse', 'Developer', 'Il écrit des programmes',"
    "  'Concevoir et écrire des logiciels', 'Logique, rigueur', 'codeur|programmeur',"
    "  'https://www.onisep.fr', 1),"
    " ('analyste-cyber', 'Analyste en cybersécurité', 'Analyste en cybersécurité',"
    "  'Cybersecurity analyst', 'Elle défend les réseaux', 'Surveiller les attaques',"
    "  'Curiosité, sang-froid', 'hacker|sécurité', '', 2),"
    " ('game-designer', 'Game designer', 'Game designer', '', 'Il invente des règles de jeu',"
    "  'Imaginer des jeux', 'Créativité', 'jeux vidéo', '', 3),"
    " ('technicien-reseau', 'Technicien réseau', 'Technicienne réseau', 'Network technician',"
    "  'Elle relie les machines', 'Installer des réseaux', 'Méthode', 'réseau', '', 4)",
    "INSERT INTO job_levels VALUES ('developpeur', 2), ('developpeur', 5), ('analyste-cyber', 5),"
    " ('game-designer', 3), ('technicien-reseau', 0), ('technicien-reseau', 2)",
    "INSERT INTO job_sectors VALUES ('developpeur', 'dev'), ('analyste-cyber', 'cyber'),"
    " ('game-designer', 'jeu'), ('game-designer', 'dev'), ('technicien-reseau', 'cyber')",
    "INSERT INTO job_interests VALUES ('developpeur', 'creer'), ('analyste-cyber', 'proteger'),"
    " ('game-designer', 'jouer'), ('game-designer', 'creer'), ('technicien-reseau', 'proteger')",
    "INSERT INTO trainings (id, name, name_en, kind, level, duration, description, sort_order) VALUES"
    " ('bts-sio-slam', 'BTS SIO option SLAM', 'BTS SIO (software)', 'bts', 2, '2 ans',"
    "  'Former des développeurs d''applications', 1),"
    " ('bac-pro-sen', 'Bac pro SEN', '', 'bac-pro', 0, '3 ans', 'Systèmes numériques', 2)",
    "INSERT INTO training_places VALUES ('bts-sio-slam', 'Lycée Ozenne', 'Toulouse', '31'),"
    " ('bac-pro-sen', 'Lycée Jean Mermoz', 'Montpellier', '34')",
    "INSERT INTO job_trainings VALUES ('developpeur', 'bts-sio-slam'),"
    " ('technicien-reseau', 'bac-pro-sen')",
    "INSERT INTO interviews (id, person, role, employer, summary, video, captions, transcript,"
    " sort_order) VALUES ('romain', 'Romain', 'Développeur', 'Une ESN', 'Romain code des applis',"
    " 'media/videos/romain.mp4', 'media/captions/romain.vtt', 'Bonjour, je suis Romain.', 1)",
    "INSERT INTO job_interviews VALUES ('developpeur', 'romain')",
    "INSERT INTO lycee_sections (id, topic, title, body, sort_order) VALUES"
    " ('label', 'label', 'Le label', 'Un label régional', 1),"
    " ('niveau-1', 'niveau', 'Niveau 1', 'Premiers pas', 2)",
    "INSERT INTO figures (id, chart, chart_title, label, value, unit, year, source, sort_order)"
    " VALUES ('entreprises', 'secteur', 'Le secteur en Occitanie', 'Entreprises', 1600, '', 2018,"
    "  'Magazine', 1),"
    " ('salaries', 'secteur', 'Le secteur en Occitanie', 'Salariés', 26000, '', 2018, 'Magazine', 2),"
    " ('femmes', 'femmes', 'Part des femmes', 'Femmes', 28, '%', 2018, 'Magazine', 1)",
};

} // namespace

bool writeSmallContent(const QString &dir, int contentVersion)
{
    QDir().mkpath(dir);
    const QString connection = QStringLiteral("fixture-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QDir(dir).filePath(QLatin1String(ContentStore::kDatabaseFileName)));
        QString error;
        ok = db.open() && SchemaMigrator::migrate(db, &error);
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("INSERT INTO meta VALUES ('version', '%1')").arg(contentVersion));
        for (const char *row : kRows) {
            if (ok && !query.exec(QString::fromUtf8(row))) {
                qWarning() << "fixture row failed:" << query.lastError().text();
                ok = false;
            }
        }
        // As the importer does: the search index and the grid's counts follow the content tables.
        if (ok) {
            const QString derivedError = DerivedTables::rebuild(db);
            if (!derivedError.isEmpty())
                qWarning() << "fixture derived tables failed:" << derivedError;
            ok = derivedError.isEmpty();
        }
        if (!error.isEmpty())
            qWarning() << "fixture migration failed:" << error;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace kiosk::test
