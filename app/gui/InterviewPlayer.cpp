// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterviewPlayer.h"

#include "JobLinkList.h"
#include "Logging.h"
#include "Preferences.h"
#include "content/ContentStore.h"

#include <QFileInfo>

InterviewPlayer::InterviewPlayer(kiosk::ContentStore &store, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    connect(&store, &kiosk::ContentStore::reopened, this, &InterviewPlayer::contentReopened);
    connect(&preferences, &Preferences::languageChanged, this, &InterviewPlayer::relabel);
}

QString InterviewPlayer::person() const
{
    return m_interview ? m_interview->person : QString();
}

QString InterviewPlayer::role() const
{
    return m_interview ? m_interview->role : QString();
}

QString InterviewPlayer::employer() const
{
    return m_interview ? m_interview->employer : QString();
}

QString InterviewPlayer::summary() const
{
    return m_interview ? m_interview->summary : QString();
}

QVariantList InterviewPlayer::jobs() const
{
    return m_interview ? jobLinkList(m_interview->jobs, m_preferences.contentLanguage()) : QVariantList();
}

void InterviewPlayer::setPosition(qint64 position)
{
    if (position == m_position)
        return;
    m_position = position;
    Q_EMIT positionChanged();
    updateCaption();
}

QString InterviewPlayer::errorMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::NotFound:
        return tr("Ce témoignage n'est plus disponible. Choisis-en un autre dans la liste.");
    case Problem::VideoMissing:
        return tr("La vidéo de ce témoignage est introuvable. Tu peux lire sa transcription, "
                  "ou choisir un autre témoignage.");
    case Problem::VideoUnreadable:
        return tr("Cette vidéo ne peut pas être lue. Tu peux lire sa transcription, "
                  "ou choisir un autre témoignage.");
    }
    return {};
}

void InterviewPlayer::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged();
}

void InterviewPlayer::setOpening(bool opening)
{
    if (opening == m_opening)
        return;
    m_opening = opening;
    Q_EMIT openingChanged();
    // From the event loop, not from within the player's status signal that set opening to false.
    if (!m_opening && m_readWaits)
        QMetaObject::invokeMethod(this, &InterviewPlayer::readIfWaiting, Qt::QueuedConnection);
}

void InterviewPlayer::setVolumeCap(double cap)
{
    cap = qBound(0.0, cap, 1.0);
    if (qFuzzyCompare(cap + 1.0, m_volumeCap + 1.0))
        return;
    m_volumeCap = cap;
    Q_EMIT volumeCapChanged();
}

void InterviewPlayer::load(const QString &interviewId)
{
    m_id = interviewId;
    m_sinceLoad.start();
    setPosition(0);
    read();
}

void InterviewPlayer::unload()
{
    setPlaying(false);
    setOpening(false);
    m_id.clear();
    setPosition(0);
    read();
}

void InterviewPlayer::reportMediaError(const QString &detail)
{
    if (!m_interview)
        return;
    qCWarning(lcMedia).noquote() << "interview" << m_id << "cannot play" << m_source.toLocalFile() << ":" << detail;
    setPlaying(false);
    setProblem(Problem::VideoUnreadable);
}

void InterviewPlayer::reportFirstFrame()
{
    if (m_interview && m_sinceLoad.isValid())
        qCInfo(lcMedia).noquote() << "interview" << m_id << "first picture" << m_sinceLoad.elapsed() << "ms after opening";
}

void InterviewPlayer::reset()
{
    unload();
}

void InterviewPlayer::contentReopened()
{
    // The new content gives the video another path: a player still opening the old one is not
    // given it before it has opened it (Qt 6.4's player can deadlock then: docs/architecture.md).
    if (m_opening) {
        qCInfo(lcMedia).noquote() << "interview" << m_id << "read again once its video has opened";
        m_readWaits = true;
    } else {
        read();
    }
}

void InterviewPlayer::readIfWaiting()
{
    if (m_readWaits && !m_opening)
        read();
}

void InterviewPlayer::read()
{
    m_readWaits = false;
    relabel();
    readMedia();
}

void InterviewPlayer::relabel()
{
    m_interview.reset();
    if (!m_id.isEmpty())
        m_interview = kiosk::InterviewQueries::byId(m_store.database(), m_preferences.contentLanguage(), m_id);
    Q_EMIT interviewChanged();
    // The message is translated here: UiTranslator switched the language before this slot runs.
    if (m_problem != Problem::None)
        Q_EMIT errorMessageChanged();
}

void InterviewPlayer::readMedia()
{
    m_source.clear();
    m_captions.clear();
    m_transcript.clear();
    Problem problem = Problem::None;
    if (!m_interview) {
        if (!m_id.isEmpty()) {
            qCWarning(lcMedia).noquote() << "no interview" << m_id << "in the content";
            problem = Problem::NotFound;
        }
    } else {
        const QString video = m_store.mediaPath(m_interview->video);
        if (video.isEmpty() || !QFileInfo::exists(video)) {
            qCWarning(lcMedia).noquote() << "interview" << m_id << "video missing:" << video;
            problem = Problem::VideoMissing;
        } else {
            m_source = QUrl::fromLocalFile(video);
        }
        const QString captions = m_store.mediaPath(m_interview->captions);
        if (!captions.isEmpty()) {
            const kiosk::CaptionTrack track = kiosk::WebVtt::parseFile(captions);
            for (const QString &problemText : track.problems)
                qCWarning(lcMedia).noquote() << "captions" << captions << problemText;
            m_captions = track.cues;
        }
        m_transcript = m_interview->transcript.isEmpty() ? kiosk::WebVtt::plainText(m_captions)
                                                         : m_interview->transcript;
    }
    setProblem(problem);
    Q_EMIT mediaChanged();
    updateCaption();
}

void InterviewPlayer::setProblem(Problem problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT errorMessageChanged();
}

void InterviewPlayer::updateCaption()
{
    const QString caption = kiosk::WebVtt::textAt(m_captions, m_position);
    if (caption == m_caption)
        return;
    m_caption = caption;
    Q_EMIT captionChanged();
}
