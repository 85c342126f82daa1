"""Accessibility checks over a live window: accessible names, the Tab order against reading
order, contrast of text colours, clipped labels. Plain functions returning what is wrong, so a
test can ``assert check(window) == []`` and read the list when it fails."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollBar,
    QWidget,
)


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
    return f"{type(w).__name__}:{w.objectName() or '?'}" + (f" {text!r}" if text else "")


def _is_internal(w: QWidget) -> bool:
    """Parts of a compound control that Qt itself names or never puts in the Tab chain."""
    return w.objectName().startswith("qt_") or isinstance(w, QScrollBar)


def tab_focusable(w: QWidget, root: QWidget) -> bool:
    return (
        bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.isVisibleTo(root)
        and w.focusProxy() is None
        and not _is_internal(w)
    )


def accessible_name(w: QWidget) -> str:
    """What a screen reader announces as the control's name (QAccessible, not a guess): an
    accessibleName, the text of a QLabel whose buddy it is, a button's text, or a group box
    title for the box's direct children."""
    iface = QAccessible.queryAccessibleInterface(w)
    if iface is None:
        return ""
    label = " ".join(
        other.text(QAccessible.Text.Name)
        for other, _ in iface.relations(QAccessible.Relation.Label)
    ).strip()
    if isinstance(w, QComboBox):
        # On Linux Qt reports a combo box's current item as its Name and the label as a
        # relation; the item is not a name.
        return w.accessibleName().strip() or label
    return iface.text(QAccessible.Text.Name).strip() or label


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible control that Tab can reach (enabled or not) whose accessible name is
    empty."""
    return [
        describe(w)
        for w in root.findChildren(QWidget)
        if tab_focusable(w, root) and not w.isWindow() and not accessible_name(w)
    ]


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order: the focus chain from the window, keeping
    visible Tab-focusable controls (disabled ones too: they are in the order once enabled)."""
    out: list[QWidget] = []
    w = root.nextInFocusChain()
    seen = {id(root)}
    while id(w) not in seen:
        seen.add(id(w))
        if w.window() is root and tab_focusable(w, root):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _ancestors(w: QWidget, root: QWidget) -> list[QWidget]:
    chain = [w]
    while chain[-1] is not root and chain[-1].parentWidget() is not None:
        chain.append(chain[-1].parentWidget())
    return chain[::-1]  # root first


def _boxes(a: QWidget, b: QWidget, root: QWidget) -> tuple[QRect, QRect] | None:
    """The rectangles to compare for a step a → b: the two children of their lowest common
    container that hold a and b, in that container's coordinates. None when one holds the
    other (a scroll area and its contents: going into a container is always forward)."""
    pa, pb = _ancestors(a, root), _ancestors(b, root)
    i = 0
    while i < min(len(pa), len(pb)) and pa[i] is pb[i]:
        i += 1
    if i >= len(pa) or i >= len(pb):
        return None
    common = pa[i - 1]

    def rect(w: QWidget) -> QRect:
        return QRect(w.mapTo(common, QPoint(0, 0)), w.size())

    return rect(pa[i]), rect(pb[i])


def backwards(a: QRect, b: QRect) -> bool:
    """b comes before a in reading order (top to bottom, left to right in a row)."""
    same_row = b.top() < a.bottom() and a.top() < b.bottom()  # vertical spans overlap
    if same_row:
        return b.left() + 2 < a.left()
    return b.top() < a.top()


def backward_jumps(root: QWidget) -> list[str]:
    """Steps of the Tab order that go back in reading order.

    The rule: for each step A → B (the wrap from the last control back to the first is not a
    step), take the lowest widget that contains both, and in it the two child widgets that
    hold A and B (A and B themselves when they are siblings). B's box must not come before
    A's: if their vertical spans overlap they are one row and B must not start left of A
    (2 px slack); otherwise B must not start above A. Comparing the children of the common
    container makes the rule tolerant of containers: a group box, scroll area or tab page is
    read as one block, so Tab may finish one column's group box and go up to the top of the
    next one beside it, but within a block (a form layout, a button row) it must read on.
    Stepping into a control's own contents (a scroll area to its first field) is forward.
    """
    chain = focus_chain(root)
    out = []
    for a, b in itertools.pairwise(chain):
        boxes = _boxes(a, b, root)
        if boxes is not None and backwards(*boxes):
            out.append(f"{describe(a)} → {describe(b)}")
    return out


def dead_mnemonics(root: QWidget) -> list[str]:
    """Visible labels that underline an Alt+letter but have no buddy: the letter does
    nothing."""
    import re

    return [
        describe(w)
        for w in root.findChildren(QLabel)
        if w.isVisibleTo(root)
        and w.textFormat() != Qt.TextFormat.RichText
        and re.search(r"&(?!&)\w", w.text())
        and w.buddy() is None
    ]


# -- colour ------------------------------------------------------------------------------------


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 … 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rendered_colours(label: QLabel) -> tuple[QColor, QColor]:
    """(text, background) of ``label`` as painted: the text colour is the most frequent
    pixel colour that differs from the background, read off a grab, so stylesheets, palettes
    and the style all count."""
    from collections import Counter

    img = label.grab().toImage()
    counts: Counter[int] = Counter(
        img.pixel(x, y) for y in range(0, img.height(), 1) for x in range(0, img.width(), 1)
    )
    bg_rgb = counts.most_common(1)[0][0]
    bg = QColor.fromRgb(bg_rgb)
    # The text's own colour is the pixel colour farthest in luminance from the background
    # among the frequent ones (anti-aliased edges are many but each colour is rare).
    frequent = [QColor.fromRgb(rgb) for rgb, n in counts.most_common(12) if rgb != bg_rgb]
    if not frequent:
        return bg, bg
    text = max(frequent, key=lambda c: abs(luminance(c) - luminance(bg)))
    return text, bg


# -- clipping ------------------------------------------------------------------------------------


def clipped(root: QWidget) -> list[str]:
    """Visible widgets smaller than they need to show their content (labels and buttons by
    their size hint, word-wrapped labels by the height they need at their width), and
    widgets that stick out of the window."""
    out = []
    frame = root.rect()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or (w.isWindow() and w is not root):
            continue
        if isinstance(w, QHeaderView | QProgressBar) or w.objectName().startswith("qt_"):
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            need = w.minimumSizeHint()
            if w.hasHeightForWidth():
                need.setHeight(w.heightForWidth(w.width()))
        elif isinstance(w, QAbstractButton | QLabel):
            need = w.sizeHint()
        else:
            need = w.minimumSizeHint()
        if need.isValid() and (w.width() + 1 < need.width() or w.height() + 1 < need.height()):
            out.append(f"{describe(w)} {w.size().toTuple()} < {need.toTuple()}")
        if w is not root and not _inside_scroll_area(w, root):
            box = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
            if not frame.contains(box) and box.intersected(frame) != box:
                out.append(f"{describe(w)} outside the window {box.getRect()}")
    return out


def _inside_scroll_area(w: QWidget, root: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False
