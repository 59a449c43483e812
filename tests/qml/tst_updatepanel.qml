// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Kiosk

// The content-update panel of the staff screen, with no pack found (the import itself is tested in
// C++: tst_updatecontroller, tst_packimport).
Item {
    id: root
    width: 1920
    height: 1080

    Component {
        id: panelComponent
        UpdatePanel {
            width: 1200
        }
    }

    TestCase {
        name: "UpdatePanel"
        when: windowShown

        function test_idleSaysWhatToDo() {
            const panel = createTemporaryObject(panelComponent, root)
            waitForRendering(panel)
            compare(UpdateController.state, UpdateController.Idle)
            verify(findChild(panel, "updateHeadline").text.indexOf("kiosk-pack") >= 0)
            verify(!findChild(panel, "updateApply").visible)
            verify(!findChild(panel, "updateProgress").visible)
            verify(!findChild(panel, "updateMessage").visible)
            // No previous version in the test library: no rollback offered.
            verify(!findChild(panel, "updateRollback").visible)
            verify(panel.implicitHeight > 0)
        }
    }
}
