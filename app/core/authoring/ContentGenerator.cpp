// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentGenerator.h"

#include "CsvReader.h"
#include "CsvWriter.h"

#include <QDir>
#include <QFile>

namespace kiosk::ContentGenerator {
namespace {

const QString kJobs = QStringLiteral("metiers.csv");

// A pronounceable made-up word per number ("kalomiru"): a new vocabulary entry for each card.
QString inventedWord(int number)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ru", "sa", "te", "vi", "zo",
                                            "bra", "cli", "dro", "fen", "glu", "pra", "sto", "tri"};
    QString word;
    for (int i = 0; i < 4; ++i) {
        word += QString::fromLatin1(syllables[number % 16]);
        number /= 16;
    }
    return word;
}

QString growJobs(const CsvTable &table, int jobs, QList<QStringList> *rows)
{
    const qsizetype id = table.header.indexOf(QStringLiteral("id"));
    if (id < 0 || table.records.isEmpty())
        return QStringLiteral("%1 n'a pas de colonne id ou pas de fiche").arg(kJobs);
    const QList<qsizetype> titles = {table.header.indexOf(QStringLiteral("titre_masculin")),
                                     table.header.indexOf(QStringLiteral("titre_feminin"))};
    const qsizetype missions = table.header.indexOf(QStringLiteral("missions"));
    const qsizetype keywords = table.header.indexOf(QStringLiteral("mots_cles"));
    for (int card = 0; card < jobs; ++card) {
        const qsizetype from = card % table.records.size();
        QStringList cells = table.records.at(from).cells;
        cells.resize(table.header.size());
        if (card >= table.records.size()) {
            const QString number = QString::number(card + 1);
            const QString word = inventedWord(card);
            cells[id] += QLatin1Char('-') + number;
            for (const qsizetype title : titles) {
                if (title >= 0)
                    cells[title] += QLatin1Char(' ') + number;
            }
            if (missions >= 0)
                cells[missions] += QStringLiteral(" Spécialité %1.").arg(word);
            if (keywords >= 0)
                cells[keywords] += (cells[keywords].isEmpty() ? QString() : QStringLiteral("|")) + word;
        }
        rows->append(cells);
    }
    return {};
}

} // namespace

QString generate(const QString &sourceDir, int jobs, const QString &outDir)
{
    const QDir source(sourceDir);
    if (!QFile::exists(source.filePath(kJobs)))
        return QStringLiteral("pas de %1 dans %2").arg(kJobs, sourceDir);
    if (jobs < 1)
        return QStringLiteral("nombre de fiches invalide : %1").arg(jobs);
    if (!QDir().mkpath(outDir))
        return QStringLiteral("impossible de créer %1").arg(outDir);
    for (const QString &sheet : source.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        const QString target = QDir(outDir).filePath(sheet);
        QFile::remove(target);
        if (sheet != kJobs) {
            if (!QFile::copy(source.filePath(sheet), target))
                return QStringLiteral("copie de %1 impossible").arg(sheet);
            continue;
        }
        QFile input(source.filePath(sheet));
        if (!input.open(QIODevice::ReadOnly))
            return QStringLiteral("%1 illisible : %2").arg(sheet, input.errorString());
        const CsvTable table = CsvReader::parse(input.readAll());
        if (!table.errors.isEmpty())
            return QStringLiteral("%1, ligne %2 : %3").arg(sheet).arg(table.errors.first().row).arg(table.errors.first().message);
        QList<QStringList> rows;
        if (const QString error = growJobs(table, jobs, &rows); !error.isEmpty())
            return error;
        QFile output(target);
        if (!output.open(QIODevice::WriteOnly) || output.write(writeCsv(table.header, rows)) < 0)
            return QStringLiteral("écriture de %1 impossible : %2").arg(target, output.errorString());
    }
    return {};
}

} // namespace kiosk::ContentGenerator
