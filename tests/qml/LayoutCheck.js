// SPDX-License-Identifier: GPL-3.0-or-later
// Layout checks for the QML tests: finds every visible Text under an item that is elided or
// truncated, wider than its own box, or sticking out of its parent or of the window sideways.
// Use from a TestCase:
//     import "LayoutCheck.js" as LayoutCheck
//     const problems = LayoutCheck.textProblems(screen, root)
//     verify(problems.length === 0, problems.join("\n"))
// Texts inside something that scrolls sideways (a row of chips) may leave the window: only their
// own box and their parent are checked then.
.pragma library

const tolerance = 1   // px: rounding of fractional layouts

function isText(item) {
    return item.truncated !== undefined && item.elide !== undefined && item.contentWidth !== undefined
}

function scrollsSideways(item) {
    return item.contentWidth !== undefined && item.contentX !== undefined
           && item.contentWidth > item.width + tolerance
}

function describe(text) {
    const name = text.objectName ? text.objectName + " " : ""
    const shown = String(text.text).replace(/\s+/g, " ")
    return name + "\"" + (shown.length > 60 ? shown.slice(0, 57) + "…" : shown) + "\""
}

function checkText(text, window, sideways, problems) {
    if (String(text.text).length === 0)
        return
    const what = describe(text)
    if (text.truncated)
        problems.push(what + " is elided or truncated")
    if (text.contentWidth > text.width + tolerance)
        problems.push(what + " is wider than its box (" + Math.round(text.contentWidth) + " > "
                      + Math.round(text.width) + ")")
    const right = text.x + Math.max(text.width, text.contentWidth)
    const parent = text.parent
    if (parent && parent.width > 0 && (text.x < -tolerance || right > parent.width + tolerance))
        problems.push(what + " sticks out of its parent (" + Math.round(text.x) + ".." + Math.round(right)
                      + " in " + Math.round(parent.width) + ")")
    if (!sideways && window) {
        const box = text.mapToItem(window, 0, 0)
        const boxRight = box.x + Math.max(text.width, text.contentWidth)
        if (box.x < -tolerance || boxRight > window.width + tolerance)
            problems.push(what + " is outside the window (" + Math.round(box.x) + ".." + Math.round(boxRight)
                          + " in " + Math.round(window.width) + ")")
    }
}

function walk(item, window, sideways, problems) {
    if (!item || !item.visible || item.opacity === 0)
        return
    if (isText(item))
        checkText(item, window, sideways, problems)
    const inside = sideways || scrollsSideways(item)
    const children = item.children
    for (let i = 0; i < children.length; ++i)
        walk(children[i], window, inside, problems)
}

// Every problem found under `item`, one line each; `window` is the item standing for the screen
// (texts must stay within its width).
function textProblems(item, window) {
    const problems = []
    walk(item, window, false, problems)
    return problems
}
