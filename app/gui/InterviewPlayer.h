// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "QmlSingleton.h"

#include "content/InterviewQueries.h"
#include "content/WebVtt.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace kiosk {
class ContentStore;
}
class Preferences;

// The interview being watched: what the player screen shows around the video (QtMultimedia's
// MediaPlayer lives in QML, qml/components/VideoPlayer.qml). QML reports the playback position and
// gets the caption to show for it (the .vtt sidecar file, parsed here); a missing video, or one
// the player cannot decode (reportMediaError), gives a message for the visitor instead of a black
// screen. One interview plays at a time: load() on entering the screen, unload() on leaving it.
class InterviewPlayer : public QObject, public QmlSingleton<InterviewPlayer>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString interviewId READ interviewId NOTIFY interviewChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY interviewChanged)
    Q_PROPERTY(QString person READ person NOTIFY interviewChanged)
    Q_PROPERTY(QString role READ role NOTIFY interviewChanged)
    Q_PROPERTY(QString employer READ employer NOTIFY interviewChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY interviewChanged)
    // [{jobId, title}]: the jobs the interview tells about
    Q_PROPERTY(QVariantList jobs READ jobs NOTIFY interviewChanged)
    // The video file; empty when there is none to play (see errorMessage). Its own signal: a
    // language change relabels the texts without touching (and so restarting) the video.
    Q_PROPERTY(QUrl source READ source NOTIFY mediaChanged)
    Q_PROPERTY(QString transcript READ transcript NOTIFY mediaChanged)
    Q_PROPERTY(bool hasCaptions READ hasCaptions NOTIFY mediaChanged)
    // Playback position in ms, set by QML from MediaPlayer.position.
    Q_PROPERTY(qint64 position READ position WRITE setPosition NOTIFY positionChanged)
    // The caption for position ("" between cues).
    Q_PROPERTY(QString caption READ caption NOTIFY captionChanged)
    // For the visitor, in the interface language; "" when the video can play.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // True while the video plays (set by QML): a playing video holds off the idle reset.
    Q_PROPERTY(bool playing READ isPlaying WRITE setPlaying NOTIFY playingChanged)
    // True while the player still opens the video (set by QML): the screen is left, and a content
    // update read, only once it is open; Qt 6.4's player can deadlock when destroyed or given
    // another source then (docs/architecture.md, Main.qml).
    Q_PROPERTY(bool opening READ isOpening WRITE setOpening NOTIFY openingChanged)
    // The loudest the player may be (0–1, default 0.8), from the kiosk's audio settings.
    Q_PROPERTY(double volumeCap READ volumeCap WRITE setVolumeCap NOTIFY volumeCapChanged)

public:
    InterviewPlayer(kiosk::ContentStore &store, Preferences &preferences, QObject *parent = nullptr);

    QString interviewId() const { return m_id; }
    bool isLoaded() const { return m_interview.has_value(); }
    QString person() const;
    QString role() const;
    QString employer() const;
    QString summary() const;
    QVariantList jobs() const;
    QUrl source() const { return m_source; }
    QString transcript() const { return m_transcript; }
    bool hasCaptions() const { return !m_captions.isEmpty(); }
    qint64 position() const { return m_position; }
    void setPosition(qint64 position);
    QString caption() const { return m_caption; }
    QString errorMessage() const;
    bool isPlaying() const { return m_playing; }
    void setPlaying(bool playing);
    bool isOpening() const { return m_opening; }
    void setOpening(bool opening);
    double volumeCap() const { return m_volumeCap; }
    void setVolumeCap(double cap);

    Q_INVOKABLE void load(const QString &interviewId);
    // Stops reporting playback and forgets the interview (the screen clears its MediaPlayer source).
    Q_INVOKABLE void unload();
    // MediaPlayer could not play the file: detail goes to the log, a plain message to the screen.
    Q_INVOKABLE void reportMediaError(const QString &detail);
    // The video's first picture is on the screen: the log says how long after load() (the
    // visitor's tap) it came, the figure to watch on slow hardware (and ./kiosk.sh bench's).
    Q_INVOKABLE void reportFirstFrame();

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void interviewChanged();
    void mediaChanged();
    void positionChanged();
    void captionChanged();
    void errorMessageChanged();
    void playingChanged();
    void openingChanged();
    void volumeCapChanged();

private:
    enum class Problem { None, NotFound, VideoMissing, VideoUnreadable };

    void contentReopened();
    void readIfWaiting();
    void read();
    void readMedia();
    void relabel();
    void setProblem(Problem problem);
    void updateCaption();

    kiosk::ContentStore &m_store;
    Preferences &m_preferences;
    QString m_id;
    QElapsedTimer m_sinceLoad;
    std::optional<kiosk::Interview> m_interview;
    QUrl m_source;
    QVector<kiosk::CaptionCue> m_captions;
    QString m_transcript;
    qint64 m_position = 0;
    QString m_caption;
    Problem m_problem = Problem::None;
    bool m_playing = false;
    bool m_opening = false;
    bool m_readWaits = false;   // the content was reopened while the video still opened
    double m_volumeCap = 0.8;
};
