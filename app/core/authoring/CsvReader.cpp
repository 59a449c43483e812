// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

namespace kiosk {
namespace {

constexpr QChar kQuote = QLatin1Char('"');

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// The header line decides: the separator it uses most (outside quotes).
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// A single pass over the text, one record at a time.
class Parser
{
public:
    Parser(const QString &text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    void run(CsvTable &table)
    {
        while (m_at < m_text.size()) {
            CsvRecord record;
            record.row = m_row;
            const qsizetype start = m_at;
            const bool ok = readRecord(record.cells, table.errors);
            if (m_markRow == 0 && m_mark >= start && m_mark < m_at)
                m_markRow = record.row;
            if (!ok)
                return;
            if (record.row == 1)
                table.header = record.cells;
            else if (!isBlank(record.cells))
                table.records.append(record);
            ++m_row;
        }
    }

    // The spreadsheet row of the character at position (set before run()), 0 if not reached (the
    // parse stopped on an earlier syntax error).
    void mark(qsizetype position) { m_mark = position; }
    int markedRow() const { return m_markRow; }

private:
    static bool isBlank(const QStringList &cells)
    {
        for (const QString &cell : cells) {
            if (!cell.isEmpty())
                return false;
        }
        return true;
    }

    // Reads fields up to the end of the record; false on a syntax error (parsing stops there: what
    // follows a broken quote cannot be trusted).
    bool readRecord(QStringList &cells, QList<CsvError> &errors)
    {
        for (;;) {
            QString cell;
            const int column = int(cells.size()) + 1;
            if (quoteFollowsSpaces()) {
                if (!readQuoted(cell, column, errors))
                    return false;
            } else {
                if (!readPlain(cell, column, errors))
                    return false;
            }
            cells.append(cell.trimmed());
            if (m_at >= m_text.size())
                return true;
            const QChar c = m_text.at(m_at);
            if (c == m_separator) {
                ++m_at;
                continue;
            }
            skipLineEnd();
            return true;
        }
    }

    // A quoted cell may follow a few spaces ("a; \"b\""): skips them when a quote comes next.
    bool quoteFollowsSpaces()
    {
        qsizetype at = m_at;
        while (at < m_text.size() && m_text.at(at) == QLatin1Char(' '))
            ++at;
        if (at >= m_text.size() || m_text.at(at) != kQuote)
            return false;
        m_at = at;
        return true;
    }

    bool readPlain(QString &cell, int column, QList<CsvError> &errors)
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at);
            if (c == m_separator || isLineEnd(c))
                break;
            if (c == kQuote) {
                errors.append({m_row, column,
                               QStringLiteral("guillemet au milieu d'une cellule sans guillemets : mettez toute "
                                              "la cellule entre guillemets et doublez celui-ci (\"\")")});
                return false;
            }
            ++m_at;
        }
        cell = m_text.mid(start, m_at - start);
        return true;
    }

    bool readQuoted(QString &cell, int column, QList<CsvError> &errors)
    {
        const int startRow = m_row;
        ++m_at; // opening quote
        for (;;) {
            if (m_at >= m_text.size()) {
                errors.append({startRow, column,
                               QStringLiteral("guillemet ouvert jamais refermé (la suite de la feuille serait "
                                              "lue comme une seule cellule)")});
                return false;
            }
            const QChar c = m_text.at(m_at);
            if (c == kQuote) {
                if (m_at + 1 < m_text.size() && m_text.at(m_at + 1) == kQuote) {
                    cell.append(kQuote);
                    m_at += 2;
                    continue;
                }
                ++m_at; // closing quote: a separator or the end of the line must follow (spaces allowed)
                while (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char(' '))
                    ++m_at;
                if (m_at < m_text.size() && m_text.at(m_at) != m_separator && !isLineEnd(m_text.at(m_at))) {
                    errors.append({m_row, column,
                                   QStringLiteral("texte après le guillemet fermant : doublez les guillemets "
                                                  "à l'intérieur d'une cellule (\"\")")});
                    return false;
                }
                return true;
            }
            if (isLineEnd(c)) {
                // Line breaks inside a cell are kept as "\n", whatever the file's line ends.
                skipLineEnd();
                cell.append(QLatin1Char('\n'));
                continue;
            }
            cell.append(c);
            ++m_at;
        }
    }

    // Consumes one CRLF, LF or CR and counts the physical line.
    void skipLineEnd()
    {
        if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('\r'))
            ++m_at;
        if (m_at < m_text.size() && m_text.at(m_at) == QLatin1Char('\n'))
            ++m_at;
    }

    const QString &m_text;
    const QChar m_separator;
    qsizetype m_at = 0;
    int m_row = 1;
    qsizetype m_mark = -1;
    int m_markRow = 0;
};

// The line of position counted in the file (CRLF, LF or CR), for a position the parser never reached.
int physicalLine(const QString &text, qsizetype position)
{
    int line = 1;
    for (qsizetype at = 0; at < position && at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && (at + 1 >= text.size() || text.at(at + 1) != QLatin1Char('\n'))))
            ++line;
    }
    return line;
}

} // namespace

CsvTable CsvReader::parse(const QByteArray &bytes)
{
    const DecodedSheet decoded = decodeSheet(bytes);
    CsvTable table;
    table.encoding = decoded.encoding;
    table.separator = detectSeparator(decoded.text);
    Parser parser(decoded.text, table.separator);
    parser.mark(decoded.mixedAt);
    parser.run(table);
    if (decoded.isMixed()) {
        // First: the other problems of the sheet may come from the bytes read as U+FFFD.
        const int row = parser.markedRow() > 0 ? parser.markedRow() : physicalLine(decoded.text, decoded.mixedAt);
        table.errors.prepend({row, 0,
                              QStringLiteral("encodage mélangé : le fichier est en UTF-8 sauf cette ligne ; "
                                             "enregistrez-le de nouveau en UTF-8")});
    }
    return table;
}

CsvTable CsvReader::parseText(const QString &text, SheetEncoding encoding)
{
    CsvTable table;
    table.encoding = encoding;
    table.separator = detectSeparator(text);
    Parser(text, table.separator).run(table);
    return table;
}

} // namespace kiosk
