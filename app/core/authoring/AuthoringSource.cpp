// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthoringSource.h"

#include "ByteSize.h"
#include "CellRules.h"
#include "CsvReader.h"
#include "content/EditDistance.h"
#include "content/TextFolding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace kiosk {
namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("« %1 »").arg(text);
}

// Header cells are matched loosely: "Titre masculin", "titre-masculin" and "titre_masculin" agree.
QString headerKey(const QString &name)
{
    return foldedWords(name).join(QLatin1Char('_'));
}

QString closestColumn(const SheetSpec &spec, const QString &name)
{
    QString best;
    int bestDistance = 3; // farther than 2 edits is not a typo
    for (const ColumnSpec &column : spec.columns) {
        const int distance = editDistance(name, column.name);
        if (distance < bestDistance) {
            best = column.name;
            bestDistance = distance;
        }
    }
    return best;
}

QStringList columnNames(const SheetSpec &spec)
{
    QStringList names;
    for (const ColumnSpec &column : spec.columns)
        names.append(column.name);
    return names;
}

// Checks one sheet on its own: syntax, header, cells, unique keys, number of rows.
class SheetChecker
{
public:
    SheetChecker(const SheetSpec &spec, QList<ImportProblem> &problems)
        : m_spec(spec)
        , m_problems(problems)
    {
    }

    SourceSheet check(const CsvTable &table)
    {
        SourceSheet sheet{&m_spec, true, {}};
        for (const CsvError &error : table.errors)
            report(error.row, table.header.value(error.column - 1), error.message);
        if (!checkHeader(table.header))
            return sheet;
        for (const CsvRecord &record : table.records)
            sheet.rows.append(checkRecord(record));
        checkKeys(sheet.rows);
        if (table.errors.isEmpty())
            checkRowCount(sheet.rows);
        return sheet;
    }

private:
    void report(int row, const QString &column, const QString &message)
    {
        m_problems.append({m_spec.file, row, column, message});
    }

    bool checkHeader(const QStringList &header)
    {
        m_columns.clear();
        m_headerKeys.clear();
        bool any = false;
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString key = headerKey(header.at(i));
            const ColumnSpec *column = key.isEmpty() ? nullptr : m_spec.column(key);
            m_columns.append(column);
            m_headerKeys.append(key);
            any = any || !key.isEmpty();
            if (key.isEmpty())
                continue;
            if (!column) {
                const QString guess = closestColumn(m_spec, key);
                report(1, header.at(i),
                       guess.isEmpty() ? QStringLiteral("colonne inconnue (colonnes possibles : %1)")
                                             .arg(columnNames(m_spec).join(QStringLiteral(", ")))
                                       : QStringLiteral("colonne inconnue : faute de frappe pour %1 ?")
                                             .arg(quoted(guess)));
            } else if (seen.contains(key)) {
                report(1, column->name, QStringLiteral("colonne présente deux fois (n° %1 et n° %2)")
                                            .arg(seen.value(key) + 1)
                                            .arg(i + 1));
                m_columns.last() = nullptr;
            } else {
                seen.insert(key, int(i));
            }
        }
        if (!any) {
            report(1, {}, QStringLiteral("feuille vide : la première ligne doit donner le nom des colonnes"));
            return false;
        }
        for (const ColumnSpec &column : m_spec.columns) {
            if (column.required && !seen.contains(column.name))
                report(1, column.name, QStringLiteral("colonne obligatoire absente de la ligne d'en-tête"));
        }
        return true;
    }

    SheetRow checkRecord(const CsvRecord &record)
    {
        SheetRow row{record.row, {}};
        for (qsizetype i = 0; i < record.cells.size(); ++i) {
            const QString &raw = record.cells.at(i);
            const ColumnSpec *column = m_columns.value(i);
            if (!column) {
                // Cells under an unnamed (or refused) column: data the import would silently drop.
                if (!raw.isEmpty() && m_headerKeys.value(i).isEmpty())
                    report(record.row, {},
                           QStringLiteral("valeur %1 dans la colonne n° %2, qui n'a pas de nom dans l'en-tête")
                               .arg(quoted(raw.left(40)))
                               .arg(i + 1));
                continue;
            }
            if (raw.isEmpty())
                continue;
            const CellValue value = checkCell(*column, raw);
            if (!value.ok())
                report(record.row, column->name, value.error);
            else
                row.cells.insert(column->name, value.value);
        }
        for (const ColumnSpec &column : m_spec.columns) {
            // A missing required column is reported once, on the header.
            if (column.required && row.cells.value(column.name).isEmpty() && hasColumn(column.name)
                && !hasInvalidCell(record, column.name))
                report(record.row, column.name, QStringLiteral("case obligatoire vide"));
        }
        return row;
    }

    void checkKeys(const QList<SheetRow> &rows)
    {
        if (m_spec.keyColumns.isEmpty())
            return;
        QHash<QStringList, int> firstRow;
        for (const SheetRow &row : rows) {
            QStringList key;
            for (const QString &column : m_spec.keyColumns)
                key.append(row.cells.value(column));
            if (key.contains(QString()))
                continue; // already reported as empty
            const auto first = firstRow.constFind(key);
            if (first == firstRow.cend()) {
                firstRow.insert(key, row.row);
            } else if (m_spec.keyColumns.size() == 1) {
                report(row.row, m_spec.keyColumns.first(),
                       QStringLiteral("identifiant %1 déjà utilisé ligne %2").arg(quoted(key.first())).arg(*first));
            } else {
                report(row.row, {}, QStringLiteral("ligne en double : mêmes %1 que la ligne %2")
                                        .arg(m_spec.keyColumns.join(QStringLiteral(", ")))
                                        .arg(*first));
            }
        }
    }

    void checkRowCount(const QList<SheetRow> &rows)
    {
        if (m_spec.rows == SheetSpec::Rows::ExactlyOne && rows.size() > 1)
            report(rows.at(1).row, {}, QStringLiteral("une seule ligne de données est attendue dans cette feuille"));
        if (m_spec.rows != SheetSpec::Rows::Any && rows.isEmpty())
            report(2, {}, QStringLiteral("aucune ligne de données sous l'en-tête : au moins une est attendue"));
    }

    bool hasColumn(const QString &name) const
    {
        for (const ColumnSpec *column : m_columns) {
            if (column && column->name == name)
                return true;
        }
        return false;
    }

    // An invalid value is reported as such, not also as "empty".
    bool hasInvalidCell(const CsvRecord &record, const QString &name) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i) && m_columns.at(i)->name == name)
                return !record.cells.value(i).isEmpty();
        }
        return false;
    }

    const SheetSpec &m_spec;
    QList<ImportProblem> &m_problems;
    QList<const ColumnSpec *> m_columns; // by header position; nullptr = not imported
    QStringList m_headerKeys;            // by header position; "" = unnamed column
};

// The sheets of the folder, by expected name: "Metiers.CSV" saved on Windows is "metiers.csv".
// Any other .csv file is a problem (a misspelt sheet would otherwise be silently ignored).
QHash<QString, QString> sheetFiles(const QDir &dir, QList<ImportProblem> &problems)
{
    QStringList expected;
    for (const SheetSpec &spec : authoringSheets())
        expected.append(spec.file);
    QHash<QString, QString> files;
    const QStringList entries = dir.entryList({QStringLiteral("*.csv")}, // any case
                                              QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QString name = entry.toLower();
        if (expected.contains(name) && !files.contains(name))
            files.insert(name, entry);
        else if (files.contains(name))
            problems.append({entry, 0, {}, QStringLiteral("feuille en double (%1 existe déjà)").arg(files.value(name))});
        else
            problems.append({entry, 0, {}, QStringLiteral("feuille inconnue : les feuilles attendues sont %1")
                                               .arg(expected.join(QStringLiteral(", ")))});
    }
    return files;
}

QString tooLarge(qint64 bytes)
{
    return QStringLiteral("feuille trop grosse : %1, la limite est de %2 par feuille")
        .arg(frenchByteSize(bytes), QStringLiteral("%1 Mo").arg(AuthoringSource::maxSheetBytes / (1024 * 1024)));
}

QSet<QString> idsOf(const SourceSheet &sheet)
{
    QSet<QString> ids;
    for (const SheetRow &row : sheet.rows)
        ids.insert(row.cells.value(QStringLiteral("id")));
    return ids;
}

// Every id a Reference or IdList cell names must be a row of the sheet it points to.
void checkReferences(AuthoringSource &source)
{
    QHash<QString, QSet<QString>> ids;
    for (const SourceSheet &sheet : std::as_const(source.sheets))
        ids.insert(sheet.spec->file, idsOf(sheet));
    for (const SourceSheet &sheet : std::as_const(source.sheets)) {
        for (const ColumnSpec &column : sheet.spec->columns) {
            if (column.type != CellType::Reference && column.type != CellType::IdList)
                continue;
            const QSet<QString> &known = ids[column.refSheet];
            for (const SheetRow &row : sheet.rows) {
                for (const QString &id : splitList(row.cells.value(column.name))) {
                    if (!known.contains(id))
                        source.problems.append({sheet.spec->file, row.row, column.name,
                                                QStringLiteral("%1 n'existe pas dans %2")
                                                    .arg(quoted(id), column.refSheet)});
                }
            }
        }
    }
}

// Media files must exist under the media root, as regular files that do not lead out of it.
void checkMedia(AuthoringSource &source, const QString &mediaRoot)
{
    const QString root = QFileInfo(mediaRoot).canonicalFilePath();
    QSet<QString> files;
    for (const SourceSheet &sheet : std::as_const(source.sheets)) {
        for (const ColumnSpec &column : sheet.spec->columns) {
            if (column.type != CellType::Media)
                continue;
            for (const SheetRow &row : sheet.rows) {
                const QString path = row.cells.value(column.name);
                if (path.isEmpty())
                    continue;
                const QFileInfo file(QDir(mediaRoot).filePath(path));
                const QString real = file.canonicalFilePath();
                QString problem;
                if (!file.exists() || root.isEmpty())
                    problem = QStringLiteral("fichier média introuvable : %1").arg(path);
                else if (!real.startsWith(root + QLatin1Char('/')))
                    problem = QStringLiteral("le fichier %1 mène hors du dossier des médias (lien ?)").arg(path);
                else if (!file.isFile())
                    problem = QStringLiteral("%1 n'est pas un fichier").arg(path);
                if (problem.isEmpty())
                    files.insert(path);
                else
                    source.problems.append({sheet.spec->file, row.row, column.name, problem});
            }
        }
    }
    source.mediaFiles = QStringList(files.cbegin(), files.cend());
    source.mediaFiles.sort();
}

} // namespace

const SourceSheet &AuthoringSource::sheet(const QString &file) const
{
    for (const SourceSheet &sheet : sheets) {
        if (sheet.spec->file == file)
            return sheet;
    }
    static const SourceSheet none;
    return none;
}

AuthoringSource AuthoringSource::read(const QString &sourceDir, const QString &mediaRoot)
{
    AuthoringSource source;
    const QDir dir(sourceDir);
    if (!dir.exists()) {
        source.problems.append({{}, 0, {}, QStringLiteral("dossier source introuvable : %1").arg(sourceDir)});
        return source;
    }
    const QHash<QString, QString> files = sheetFiles(dir, source.problems);
    for (const SheetSpec &spec : authoringSheets()) {
        const QString fileName = files.value(spec.file);
        if (fileName.isEmpty()) {
            if (spec.required)
                source.problems.append({spec.file, 0, {},
                                        QStringLiteral("feuille obligatoire absente : enregistrez-la au format CSV "
                                                       "sous ce nom dans le dossier source")});
            source.sheets.append({&spec, false, {}});
            continue;
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            source.problems.append({spec.file, 0, {}, QStringLiteral("feuille illisible : %1").arg(file.errorString())});
            source.sheets.append({&spec, false, {}});
            continue;
        }
        // The size before the bytes, and never more than the limit read (a file may grow meanwhile).
        QByteArray bytes;
        if (file.size() <= maxSheetBytes)
            bytes = file.read(maxSheetBytes + 1);
        if (file.size() > maxSheetBytes || bytes.size() > maxSheetBytes) {
            source.problems.append({spec.file, 0, {}, tooLarge(std::max(file.size(), qint64(bytes.size())))});
            source.sheets.append({&spec, false, {}});
            continue;
        }
        source.sheets.append(SheetChecker(spec, source.problems).check(CsvReader::parse(bytes)));
    }
    checkReferences(source);
    checkMedia(source, mediaRoot);
    return source;
}

} // namespace kiosk
