// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellRules.h"

#include "content/Departments.h"
#include "content/TextFolding.h"

#include <QDate>
#include <QRegularExpression>

namespace kiosk {
namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("« %1 »").arg(text);
}

CellValue invalid(const QString &message)
{
    return {QString(), message};
}

// Spreadsheets write "26 000" with a space, a no-break space or a narrow no-break space.
QString withoutSpaces(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0x202F))
            digits.append(c);
    }
    return digits;
}

CellValue checkId(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (pattern.match(raw).hasMatch())
        return {raw, {}};
    const QString suggestion = foldedWords(raw).join(QLatin1Char('-'));
    QString message = QStringLiteral("identifiant %1 invalide : minuscules sans accents, chiffres et tirets "
                                     "seulement")
                          .arg(quoted(raw));
    if (!suggestion.isEmpty() && suggestion != raw)
        message += QStringLiteral(" (par exemple %1)").arg(quoted(suggestion));
    return invalid(message);
}

CellValue checkInteger(const ColumnSpec &column, const QString &raw)
{
    bool ok = false;
    const int number = withoutSpaces(raw).toInt(&ok);
    if (!ok)
        return invalid(QStringLiteral("%1 n'est pas un nombre entier").arg(quoted(raw)));
    if (column.positive && number <= 0)
        return invalid(QStringLiteral("%1 : un nombre entier supérieur à 0 est attendu").arg(quoted(raw)));
    return {QString::number(number), {}};
}

// A year, or a period ("2017-2018", a school year): figures.year keeps the text as written.
CellValue checkYear(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:\\s*[-–/]\\s*(\\d{4}))?$"));
    const QRegularExpressionMatch match = pattern.match(raw);
    if (!match.hasMatch() || (match.hasCaptured(2) && match.captured(2).toInt() <= match.captured(1).toInt()))
        return invalid(QStringLiteral("année %1 non reconnue : écrivez 2018 ou une période comme 2017-2018")
                           .arg(quoted(raw)));
    return {match.hasCaptured(2) ? match.captured(1) + QLatin1Char('-') + match.captured(2) : match.captured(1), {}};
}

CellValue checkNumber(const QString &raw)
{
    bool ok = false;
    const double number = withoutSpaces(raw).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !qIsFinite(number))
        return invalid(QStringLiteral("%1 n'est pas un nombre (exemples : 12, 12,5 ou 26 000)").arg(quoted(raw)));
    return {QString::number(number, 'g', 15), {}};
}

CellValue checkDate(const QString &raw)
{
    QDate date = QDate::fromString(raw, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(raw, QStringLiteral("dd/MM/yyyy"));
    if (!date.isValid())
        return invalid(QStringLiteral("date %1 non reconnue : écrivez-la AAAA-MM-JJ (ex. 2026-09-01)").arg(quoted(raw)));
    return {date.toString(Qt::ISODate), {}};
}

QString levelChoices()
{
    return QStringLiteral("valeurs possibles : bac, bac+2, bac+3, bac+5");
}

CellValue checkLevels(const QString &raw, bool single)
{
    const QStringList items = single ? QStringList{raw} : splitList(raw);
    QStringList levels;
    for (const QString &item : items) {
        const int level = parseLevel(item);
        if (level < 0)
            return invalid(QStringLiteral("niveau %1 inconnu (%2%3)")
                               .arg(quoted(item), levelChoices(),
                                    single ? QString() : QStringLiteral(", séparés par |")));
        if (!levels.contains(QString::number(level)))
            levels.append(QString::number(level));
    }
    return {levels.join(QLatin1Char('|')), {}};
}

CellValue checkDepartment(const QString &raw)
{
    QString number = withoutSpaces(raw);
    if (number.size() == 1)
        number.prepend(QLatin1Char('0')); // a spreadsheet turns "09" into 9
    QStringList codes;
    for (const Department &department : occitanieDepartments()) {
        if (department.code == number)
            return {number, {}};
        codes.append(department.code);
    }
    return invalid(QStringLiteral("département %1 inconnu : numéro d'un département d'Occitanie attendu (%2)")
                       .arg(quoted(raw), codes.join(QStringLiteral(", "))));
}

CellValue checkChoice(const ColumnSpec &column, const QString &raw)
{
    const QString folded = foldText(raw).simplified();
    for (const QString &choice : column.choices) {
        if (folded == choice)
            return {choice, {}};
    }
    return invalid(QStringLiteral("valeur %1 inconnue (valeurs possibles : %2)")
                       .arg(quoted(raw), column.choices.join(QStringLiteral(", "))));
}

CellValue checkIdList(const QString &raw)
{
    const QStringList ids = splitList(raw);
    for (const QString &id : ids) {
        const CellValue checked = checkId(id);
        if (!checked.ok())
            return checked;
    }
    return {ids.join(QLatin1Char('|')), {}};
}

CellValue checkMedia(const ColumnSpec &column, const QString &raw)
{
    QString path = raw;
    path.replace(QLatin1Char('\\'), QLatin1Char('/')); // typed on Windows
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.startsWith(QLatin1Char('/')) || drive.match(path).hasMatch())
        return invalid(QStringLiteral("chemin %1 absolu : écrivez-le relatif au dossier source (ex. "
                                      "media/videos/romain.mp4)")
                           .arg(quoted(raw)));
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")) || parts.contains(QString()))
        return invalid(QStringLiteral("chemin %1 invalide : pas de « .. » ni de « / » en double").arg(quoted(raw)));
    const QString extension = path.section(QLatin1Char('.'), -1).toLower();
    if (!path.contains(QLatin1Char('.')) || !column.choices.contains(extension))
        return invalid(QStringLiteral("fichier %1 : type non accepté ici (attendu : .%2)")
                           .arg(quoted(raw), column.choices.join(QStringLiteral(", ."))));
    return {path, {}};
}

CellValue checkUrl(const QString &raw)
{
    const QString lower = raw.toLower();
    if ((lower.startsWith(QLatin1String("https://")) || lower.startsWith(QLatin1String("http://")))
        && !raw.contains(QLatin1Char(' ')) && raw.size() > 8)
        return {raw, {}};
    return invalid(QStringLiteral("adresse web %1 invalide : elle doit commencer par https://").arg(quoted(raw)));
}

} // namespace

QStringList splitList(const QString &cell)
{
    QStringList items;
    for (const QString &part : cell.split(QLatin1Char('|'))) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

int parseLevel(const QString &text)
{
    const QString level = withoutSpaces(foldText(text));
    if (level == QLatin1String("bac"))
        return 0;
    for (const int years : {2, 3, 5}) {
        if (level == QStringLiteral("bac+%1").arg(years))
            return years;
    }
    return -1;
}

CellValue checkCell(const ColumnSpec &column, const QString &raw)
{
    switch (column.type) {
    case CellType::Text: return {raw, {}};
    case CellType::Id:
    case CellType::Reference: return checkId(raw);
    case CellType::Integer: return checkInteger(column, raw);
    case CellType::Year: return checkYear(raw);
    case CellType::Number: return checkNumber(raw);
    case CellType::Date: return checkDate(raw);
    case CellType::Level: return checkLevels(raw, true);
    case CellType::LevelList: return checkLevels(raw, false);
    case CellType::Department: return checkDepartment(raw);
    case CellType::Choice: return checkChoice(column, raw);
    case CellType::IdList: return checkIdList(raw);
    case CellType::Media: return checkMedia(column, raw);
    case CellType::Url: return checkUrl(raw);
    }
    return {raw, {}};
}

} // namespace kiosk
