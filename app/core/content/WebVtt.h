// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kiosk {

// One caption: shown from startMs (inclusive) to endMs (exclusive). Text is plain (tags stripped,
// entities decoded); a multi-line cue keeps its line breaks ("\n").
struct CaptionCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

struct CaptionTrack
{
    QVector<CaptionCue> cues;   // sorted by start time
    // What was wrong, in French for staff ("ligne 12 : …"); empty for a clean file. A problem never
    // stops the parse: the cues that could be read are kept.
    QStringList problems;
};

// The WebVTT subset captions need (https://www.w3.org/TR/webvtt1/): the WEBVTT header, cues with
// optional identifiers and hh:mm:ss.mmm or mm:ss.mmm timings, multi-line payloads. Cue settings,
// NOTE, STYLE and REGION blocks are ignored; tags (<v Name>, <i>, <c.x>, timestamps) are stripped.
// Accepts a UTF-8 BOM and LF, CRLF or CR line ends.
class WebVtt
{
public:
    static CaptionTrack parse(const QByteArray &data);
    static CaptionTrack parseFile(const QString &path);

    // The text of the cues active at positionMs (several overlapping cues: one per line), or "".
    static QString textAt(const QVector<CaptionCue> &cues, qint64 positionMs);
    // Every cue's text on one line per cue: a transcript when the content has none.
    static QString plainText(const QVector<CaptionCue> &cues);
};

} // namespace kiosk
