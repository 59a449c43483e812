// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptionFile.h"

#include "Logging.h"

void CaptionFile::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_cues.clear();
    if (source.isLocalFile()) {
        const kiosk::CaptionTrack track = kiosk::WebVtt::parseFile(source.toLocalFile());
        for (const QString &problem : track.problems)
            qCWarning(lcMedia).noquote() << "captions" << source.toLocalFile() << problem;
        m_cues = track.cues;
    }
    Q_EMIT sourceChanged();
    updateText();
}

void CaptionFile::setPosition(int position)
{
    if (position == m_position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
    updateText();
}

void CaptionFile::updateText()
{
    const QString text = kiosk::WebVtt::textAt(m_cues, m_position);
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
}
