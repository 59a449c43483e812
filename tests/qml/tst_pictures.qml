// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk
import KioskTest

// A content pack may bring a 4000-pixel photo where the demo has 640-pixel pictures: the cards
// decode it Theme.pictureWidth wide (about 48 MB held while shown otherwise).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: jobCard
        JobCardDelegate {
            width: 420
            jobId: "job"
            title: "Développeuse ou développeur"
            hook: "Une accroche."
            levels: "Bac+2"
        }
    }

    Component {
        id: quizCard
        QuizResultCard {
            index: 0
            jobId: "job"
            title: "Développeuse ou développeur"
            hook: "Une accroche."
            why: "Une raison."
        }
    }

    TestCase {
        name: "Pictures"
        when: windowShown

        function decodedWidth(component, image) {
            const card = createTemporaryObject(component, root, { image: image })
            verify(card)
            const picture = findChild(card, "picture")
            verify(picture, "no item named picture")
            tryCompare(picture, "status", Image.Ready)
            return picture.implicitWidth   // the decoded picture's width
        }

        function test_aLargePictureIsDecodedPictureWidthWide_data() {
            return [{ tag: "job card", component: jobCard }, { tag: "quiz result", component: quizCard }]
        }

        function test_aLargePictureIsDecodedPictureWidthWide(data) {
            compare(decodedWidth(data.component, TestSupport.picture(4000, 2500)), Theme.pictureWidth)
        }
    }
}
