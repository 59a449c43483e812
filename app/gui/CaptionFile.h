// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "content/WebVtt.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// A WebVTT captions file read in C++ for a video that QML plays on its own (the attract loop's
// muted excerpts): QML sets the file and the playback position, and shows `text`.
// (The interview player screen gets its captions from InterviewPlayer.)
class CaptionFile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int position READ position WRITE setPosition NOTIFY positionChanged)
    // The caption at position, "" between cues or without a readable file.
    Q_PROPERTY(QString text READ text NOTIFY textChanged)

public:
    using QObject::QObject;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    int position() const { return m_position; }
    void setPosition(int position);
    QString text() const { return m_text; }

Q_SIGNALS:
    void sourceChanged();
    void positionChanged();
    void textChanged();

private:
    void updateText();

    QUrl m_source;
    QVector<kiosk::CaptionCue> m_cues;
    int m_position = 0;   // ms
    QString m_text;
};
