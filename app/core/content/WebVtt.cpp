// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebVtt.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace kiosk {
namespace {

// Caption files are a few kilobytes; refuse to load something that is obviously not one.
constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

const QLatin1String kArrow("-->");

// "WEBVTT", "NOTE", "STYLE": the word alone on the line or followed by a space or a tab.
bool startsWithKeyword(const QString &line, QLatin1String keyword)
{
    if (!line.startsWith(keyword))
        return false;
    return line.size() == keyword.size() || line.at(keyword.size()) == QLatin1Char(' ')
           || line.at(keyword.size()) == QLatin1Char('\t');
}

// hh:mm:ss.mmm (hours: two digits or more) or mm:ss.mmm; -1 when malformed.
qint64 parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const qint64 hours = match.capturedView(1).isEmpty() ? 0 : match.capturedView(1).toLongLong();
    return ((hours * 60 + match.capturedView(2).toLongLong()) * 60 + match.capturedView(3).toLongLong()) * 1000
           + match.capturedView(4).toLongLong();
}

QString firstWord(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !trimmed.at(end).isSpace())
        ++end;
    return trimmed.left(end);
}

QString decodeEntity(const QString &name)
{
    if (name == QLatin1String("amp"))
        return QStringLiteral("&");
    if (name == QLatin1String("lt"))
        return QStringLiteral("<");
    if (name == QLatin1String("gt"))
        return QStringLiteral(">");
    if (name == QLatin1String("quot"))
        return QStringLiteral("\"");
    if (name == QLatin1String("apos"))
        return QStringLiteral("'");
    if (name == QLatin1String("nbsp"))
        return QString(QChar(0x00A0));
    if (name == QLatin1String("lrm") || name == QLatin1String("rlm"))
        return {};
    bool ok = false;
    const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                 : name.mid(1).toUInt(&ok, 10);
    if (!ok || code == 0 || code > 0x10FFFF)
        return {};
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
}

// Cue payload → plain text: tags (<v Name>, <i>, <c.loud>, <00:00:01.000>) removed, entities decoded.
QString plainPayload(const QStringList &lines)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>?"));
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-z]+);"));
    QString text = lines.join(QLatin1Char('\n'));
    text.remove(tag);
    QString decoded;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(from, match.capturedStart() - from);
        decoded += decodeEntity(match.captured(1));
        from = match.capturedEnd();
    }
    decoded += QStringView(text).mid(from);
    return decoded.trimmed();
}

class Parser
{
public:
    explicit Parser(const QByteArray &data)
    {
        QByteArray bytes = data;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QString text = QString::fromUtf8(bytes);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        m_lines = text.split(QLatin1Char('\n'));
    }

    CaptionTrack run()
    {
        skipHeader();
        while (skipBlankLines())
            readBlock();
        std::stable_sort(m_track.cues.begin(), m_track.cues.end(),
                         [](const CaptionCue &a, const CaptionCue &b) { return a.startMs < b.startMs; });
        return std::move(m_track);
    }

private:
    bool atBlank() const { return m_lines.at(m_next).trimmed().isEmpty(); }

    void problem(qsizetype index, const QString &what)
    {
        m_track.problems << QStringLiteral("ligne %1 : %2").arg(index + 1).arg(what);
    }

    void skipHeader()
    {
        if (!startsWithKeyword(m_lines.constFirst(), QLatin1String("WEBVTT"))) {
            problem(0, QStringLiteral("l'en-tête « WEBVTT » manque au début du fichier"));
            return;
        }
        // The header's own text runs to the first blank line.
        for (++m_next; m_next < m_lines.size() && !atBlank() && !m_lines.at(m_next).contains(kArrow);)
            ++m_next;
    }

    bool skipBlankLines()
    {
        while (m_next < m_lines.size() && atBlank())
            ++m_next;
        return m_next < m_lines.size();
    }

    void skipBlock()
    {
        while (m_next < m_lines.size() && !atBlank())
            ++m_next;
    }

    void readBlock()
    {
        const QString &first = m_lines.at(m_next);
        if (startsWithKeyword(first, QLatin1String("NOTE")) || startsWithKeyword(first, QLatin1String("STYLE"))
            || startsWithKeyword(first, QLatin1String("REGION"))) {
            skipBlock();
            return;
        }
        // An optional cue identifier, then the timing line.
        if (!first.contains(kArrow)) {
            const qsizetype identifier = m_next++;
            if (m_next >= m_lines.size() || atBlank() || !m_lines.at(m_next).contains(kArrow)) {
                problem(identifier, QStringLiteral("bloc sans horodatage « début --> fin », ignoré"));
                skipBlock();
                return;
            }
        }
        const qsizetype timingLine = m_next++;
        CaptionCue cue;
        const bool timed = readTiming(timingLine, &cue);
        // The payload runs to a blank line, or to a line holding "-->" (a cue that forgot its blank line).
        QStringList payload;
        while (m_next < m_lines.size() && !atBlank() && !m_lines.at(m_next).contains(kArrow))
            payload << m_lines.at(m_next++);
        if (!timed)
            return;
        cue.text = plainPayload(payload);
        if (!cue.text.isEmpty())
            m_track.cues << cue;
    }

    bool readTiming(qsizetype index, CaptionCue *cue)
    {
        const QString &line = m_lines.at(index);
        const qsizetype arrow = line.indexOf(kArrow);
        const QString start = line.left(arrow).trimmed();
        // After the end time come cue settings (position, align…), which the kiosk ignores.
        const QString end = firstWord(line.mid(arrow + kArrow.size()));
        cue->startMs = parseTimestamp(start);
        cue->endMs = parseTimestamp(end);
        if (cue->startMs < 0 || cue->endMs < 0) {
            problem(index, QStringLiteral("horodatage illisible « %1 » (attendu : 00:01:02.500 --> 00:01:05.000)")
                               .arg(line.trimmed()));
            return false;
        }
        if (cue->endMs <= cue->startMs) {
            problem(index, QStringLiteral("la fin du sous-titre (%1) n'est pas après son début (%2)").arg(end, start));
            return false;
        }
        return true;
    }

    QStringList m_lines;
    qsizetype m_next = 0;
    CaptionTrack m_track;
};

} // namespace

CaptionTrack WebVtt::parse(const QByteArray &data)
{
    return Parser(data).run();
}

CaptionTrack WebVtt::parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CaptionTrack track;
        track.problems << QStringLiteral("fichier de sous-titres illisible : %1 (%2)").arg(path, file.errorString());
        return track;
    }
    if (file.size() > kMaxFileSize) {
        CaptionTrack track;
        track.problems << QStringLiteral("fichier de sous-titres trop gros : %1").arg(path);
        return track;
    }
    return parse(file.readAll());
}

QString WebVtt::textAt(const QVector<CaptionCue> &cues, qint64 positionMs)
{
    QStringList active;
    for (const CaptionCue &cue : cues) {
        if (cue.startMs > positionMs)
            break;   // sorted by start: no later cue can be active
        if (positionMs < cue.endMs)
            active << cue.text;
    }
    return active.join(QLatin1Char('\n'));
}

QString WebVtt::plainText(const QVector<CaptionCue> &cues)
{
    QStringList lines;
    for (const CaptionCue &cue : cues)
        lines << QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

} // namespace kiosk
