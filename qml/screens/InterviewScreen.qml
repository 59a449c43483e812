// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One interview: the video (captions on), who is speaking, the transcript on demand, and the job
// cards of the jobs it tells about. Leaving the screen stops the video and lets go of the file.
Item {
    id: screen

    property string itemId
    signal openRequested(string page, string itemId)

    readonly property bool portrait: height > width
    property bool transcriptShown: false

    Component.onCompleted: InterviewPlayer.load(itemId)
    Component.onDestruction: {
        video.unload()
        if (InterviewPlayer.interviewId === itemId)
            InterviewPlayer.unload()
    }
    StackView.onDeactivating: video.pause()

    // What the controller needs from the player: the position (for captions) and whether it plays
    // (a playing video holds off the idle reset).
    Binding {
        target: InterviewPlayer
        property: "position"
        value: video.position
    }
    Binding {
        target: InterviewPlayer
        property: "playing"
        value: video.playing
    }
    Binding {
        target: InterviewPlayer
        property: "opening"
        value: video.opening
    }
    // Usage statistics: how far the interview was watched (starts, then 25/50/75/100 %).
    Connections {
        target: video
        function onPositionChanged() {
            if (video.playing && video.duration > 0)
                UsageRecorder.videoProgress(InterviewPlayer.interviewId, video.position / video.duration)
        }
        function onEndedChanged() {
            if (video.ended)
                UsageRecorder.videoProgress(InterviewPlayer.interviewId, 1)
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: screen.portrait ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.margin

        VideoPlayer {
            id: video
            objectName: "videoPlayer"
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: screen.portrait
            // Landscape: as large as the height allows, leaving a column for the text.
            Layout.preferredWidth: screen.portrait ? -1
                : Math.round(Math.min((screen.width - 2 * Theme.margin) * 0.68,
                                      (screen.height - 2 * Theme.margin - Theme.playButton - Theme.spacing) * 16 / 9))
            Layout.preferredHeight: implicitHeight
            source: InterviewPlayer.source
            captionText: InterviewPlayer.caption
            captionsAvailable: InterviewPlayer.hasCaptions
            captionsBelow: screen.portrait
            errorText: InterviewPlayer.errorMessage
            volume: InterviewPlayer.volumeCap
            onMediaFailed: (detail) => InterviewPlayer.reportMediaError(detail)
            onFirstFrameShown: InterviewPlayer.reportFirstFrame()
        }

        // Who is speaking, then the summary or the transcript.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingSmall

            Text {
                objectName: "personText"
                Layout.fillWidth: true
                text: InterviewPlayer.person
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: InterviewPlayer.role
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: InterviewPlayer.employer
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            PillButton {
                objectName: "transcriptButton"
                Layout.topMargin: Theme.spacingSmall
                visible: InterviewPlayer.transcript.length > 0
                selected: screen.transcriptShown
                text: screen.transcriptShown ? qsTr("Masquer la transcription") : qsTr("Lire la transcription")
                onClicked: screen.transcriptShown = !screen.transcriptShown
            }

            Text {
                Layout.fillWidth: true
                // Captions and transcripts are in French only.
                visible: screen.transcriptShown && Preferences.english
                text: qsTr("Transcription en français")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
            // The summary or the transcript, then the job cards of what the interview tells about.
            Flickable {
                id: textFlick
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 200
                contentWidth: width
                contentHeight: panelColumn.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator {}

                ColumnLayout {
                    id: panelColumn
                    width: textFlick.width
                    spacing: Theme.spacingSmall

                    Text {
                        objectName: "panelText"
                        Layout.fillWidth: true
                        text: screen.transcriptShown ? InterviewPlayer.transcript : InterviewPlayer.summary
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        lineHeight: 1.2
                        wrapMode: Text.Wrap
                    }
                    SectionHeader {
                        objectName: "jobsHeader"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacing
                        visible: InterviewPlayer.jobs.length > 0
                        text: qsTr("Découvrir ces métiers")
                    }
                    Repeater {
                        model: InterviewPlayer.jobs
                        delegate: LinkButton {
                            required property var modelData
                            objectName: "job_" + modelData.jobId
                            Layout.fillWidth: true
                            iconName: "jobs"
                            title: modelData.title
                            onClicked: screen.openRequested("job", modelData.jobId)
                        }
                    }
                }
            }
        }
    }
}
