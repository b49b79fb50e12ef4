"""The built-in guide (issue 10, row 15): F1 or Help › Guide opens a few short, concrete tasks
for the page the person is on, in the program's language.

Written for a health worker at seven in the morning: each task is a question a person has
("Who covers a resident today"), answered in two or three steps that name the buttons as the
screen says them. Every sentence is a Qt translation (context ``GuideDialog``), so the guide
speaks bokmål where the program does. The texts are plain strings in code, not HTML files, so
a change of a button's name and its guide step are found together.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.plan_rules import EVALUATION_HORIZON_DAYS
from teamdesk.ui.common.widgets import named

Task = tuple[str, list[str]]

# The guide's pages, in the order the list shows them; the main window's pages and the plan.
GUIDE_PAGES = (
    "today",
    "residents",
    "plan",
    "staff",
    "teams",
    "meetings",
    "coordinators",
    "evaluations",
    "relations",
    "rota",
)


class GuideDialog(QDialog):
    """The guide: the pages on the left, the chosen page's tasks on the right. It stays open
    beside the window (not modal), so a person can follow the steps as they read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("TeamDesk guide"))
        self.setAccessibleName(self.tr("TeamDesk guide"))
        self.setModal(False)
        self.resize(760, 560)
        self.pages = named(QListWidget(), "guidePages", self.tr("Guide pages"))
        for key in GUIDE_PAGES:
            item = QListWidgetItem(self.page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.pages.addItem(item)
        self.pages.setFixedWidth(190)
        self.text = named(QTextBrowser(), "guideText", self.tr("Guide"))
        self.text.setOpenLinks(False)
        # Read in passing, often standing: a size up from the window's text, room between steps.
        self.text.document().setDefaultStyleSheet("body { font-size: 11pt; } li { margin: 3px; }")
        self.pages.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.pages.currentRowChanged.connect(self._show_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    def show_page(self, key: str) -> None:
        """Show the guide of page ``key`` (one of :data:`GUIDE_PAGES`; another shows Today)."""
        self.pages.setCurrentRow(GUIDE_PAGES.index(key) if key in GUIDE_PAGES else 0)
        self._show_row(self.pages.currentRow())

    def current_page(self) -> str:
        return GUIDE_PAGES[max(0, self.pages.currentRow())]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(GUIDE_PAGES):
            key = GUIDE_PAGES[row]
            self.text.setHtml(self.page_html(key))

    def page_html(self, key: str) -> str:
        """A page's tasks, then the tasks of every page (lock, switch user, undo)."""
        parts = [f"<h2>{html.escape(self.page_title(key))}</h2>"]
        for title, steps in [*self.tasks(key), *self.every_page()]:
            parts.append(f"<h3>{html.escape(title)}</h3><ol>")
            parts += [f"<li>{html.escape(step)}</li>" for step in steps]
            parts.append("</ol>")
        return "".join(parts)

    def page_title(self, key: str) -> str:
        titles = {
            "today": self.tr("Today"),
            "residents": self.tr("Residents"),
            "plan": self.tr("Individual plan"),
            "staff": self.tr("Staff"),
            "teams": self.tr("Teams"),
            "meetings": self.tr("Meetings"),
            "coordinators": self.tr("Coordinators"),
            "evaluations": self.tr("Evaluations"),
            "relations": self.tr("Teamwork"),
            "rota": self.tr("Rota"),
        }
        return titles.get(key, key)

    def every_page(self) -> list[Task]:
        return [
            (
                self.tr("Lock and switch user"),
                [
                    self.tr(
                        "Leaving the PC for a moment? Press Ctrl+L. The screen locks and your "
                        "work stays as it is."
                    ),
                    self.tr(
                        "Someone else's turn? Press “Switch user” at the bottom right, beside "
                        "your name."
                    ),
                ],
            ),
            (
                self.tr("Undo a mistake"),
                [
                    self.tr(
                        "Press Ctrl+Z. Everything is saved as you go; there is no Save button."
                    ),
                ],
            ),
        ]

    def tasks(self, key: str) -> list[Task]:
        """The tasks of one page: short questions with two or three steps each."""
        if key == "today":
            return [
                (
                    self.tr("Who covers a resident today"),
                    [
                        self.tr("Today is the first page you see (Ctrl+1 brings you back)."),
                        self.tr(
                            "Find the resident's line. “Turn to” names who to go to; “Why” "
                            "says why, for instance that the primary contact is away."
                        ),
                        self.tr(
                            "Red lines at the top have nobody known on duty. Tell the leader "
                            "on shift."
                        ),
                    ],
                ),
                (
                    self.tr("Open a resident"),
                    [self.tr("Double-click the line, or choose it and press Enter.")],
                ),
                (
                    self.tr("My plans (for coordinators)"),
                    [
                        self.tr(
                            "At the top: evaluations due, consents running out, your next "
                            "meetings and decisions you are responsible for. Red is overdue."
                        ),
                        self.tr("Click a line to open the plan or the meeting."),
                    ],
                ),
            ]
        if key == "residents":
            return [
                (
                    self.tr("Find a resident"),
                    [
                        self.tr("Press Ctrl+F and type part of the name, the room or the unit."),
                        self.tr("Press Enter to go to the list, and Enter again to open."),
                    ],
                ),
                (
                    self.tr("Only my residents"),
                    [
                        self.tr(
                            "Tick “Only mine” above the list: residents whose plan you "
                            "coordinate, and those you are primary contact, secondary contact "
                            "or team member for."
                        )
                    ],
                ),
                (
                    self.tr("Give someone a role"),
                    [
                        self.tr("Open the resident. Under Team, type part of the person's name."),
                        self.tr(
                            "Choose the role and press “Give role”. Whoever had the role before "
                            "stays in the history."
                        ),
                    ],
                ),
                (
                    self.tr("What matters to the resident"),
                    [
                        self.tr(
                            "Write it under “What matters to me”, in the resident's own words. "
                            "It is saved when you leave the field."
                        )
                    ],
                ),
            ]
        if key == "plan":
            return [
                (
                    self.tr("Find your way in the plan"),
                    [
                        self.tr(
                            "Open the resident and choose “Individual plan”. The list of "
                            "residents steps aside, so the plan has the whole width."
                        ),
                        self.tr(
                            "The parts a) to i) are listed on the left, each marked complete "
                            "or missing something. Choose a part: one part is shown at a time."
                        ),
                        self.tr("“← Back to the resident” at the top takes you back."),
                    ],
                ),
                (
                    self.tr("Add a goal"),
                    [
                        self.tr("Choose “a) Goals, resources and needs” on the left."),
                        self.tr(
                            "Write the goal as the resident says it in the empty line, and "
                            "press Enter."
                        ),
                        self.tr(
                            "Choose the goal in the list and write the date under “Evaluate by”."
                        ),
                    ],
                ),
                (
                    self.tr("Add a measure and who is responsible"),
                    [
                        self.tr(
                            "Choose “e) and f) Measures: extent, who is responsible, how” on the "
                            "left. Write what is to be done and press “Add measure”."
                        ),
                        self.tr("Choose the measure and pick the person under “Responsible”."),
                    ],
                ),
                (
                    self.tr("Change the order"),
                    [
                        self.tr(
                            "Choose a goal or a measure and press “Move up” or “Move down”, "
                            "or Alt+Up and Alt+Down."
                        )
                    ],
                ),
                (
                    self.tr("Print the plan"),
                    [
                        self.tr("Press “Print plan (PDF)…” at the top of the plan."),
                        self.tr(
                            "Choose where to save it. The PDF opens by itself; print it from there."
                        ),
                        self.tr(
                            'The short, readable copy for the resident is “Print "My plan" '
                            "(PDF)…” under “Status, approval and versions”."
                        ),
                    ],
                ),
                (
                    self.tr("Prepare a meeting"),
                    [
                        self.tr(
                            "Choose “Status, approval and versions” on the left and press "
                            "“Prepare a meeting…”. Who takes part and the agenda are drafted "
                            "from the plan."
                        )
                    ],
                ),
            ]
        if key == "staff":
            return [
                (
                    self.tr("Record an absence"),
                    [
                        self.tr(
                            "Choose the person. Under Absences, write the first and the last "
                            "day and the reason, and press “Record absence”."
                        ),
                        self.tr("Today then names someone else for that person's residents."),
                    ],
                ),
                (
                    self.tr("See someone's roles"),
                    [
                        self.tr(
                            "Choose the person: their roles for residents are listed. "
                            "Double-click one to open the resident."
                        )
                    ],
                ),
            ]
        if key == "teams":
            return [
                (
                    self.tr("Add someone to a team"),
                    [
                        self.tr("Choose the team in the list."),
                        self.tr("Type part of the person's name and press “Add to team”."),
                    ],
                ),
            ]
        if key == "meetings":
            return [
                (
                    self.tr("Prepare a meeting"),
                    [
                        self.tr("Choose the resident and press “Prepare a meeting”."),
                        self.tr("Change the day, the time and the place straight away."),
                    ],
                ),
                (
                    self.tr("Record a decision"),
                    [
                        self.tr(
                            "Open the meeting. Under Decisions, write what is to be done, who "
                            "is responsible and by when, and press “Record decision”."
                        )
                    ],
                ),
                (
                    self.tr("Print the agenda"),
                    [self.tr("Open the meeting and press “Print invitation and agenda (PDF)…”.")],
                ),
            ]
        if key == "coordinators":
            return [
                (
                    self.tr("Find a mentor"),
                    [
                        self.tr("Choose the coordinator and press “Suggest a mentor”."),
                        self.tr(
                            "The first line fits best, and says why. Someone with a role "
                            "conflict or overdue evaluations is further down."
                        ),
                        self.tr("Write what the guidance is about, and press “Pair”."),
                    ],
                ),
            ]
        if key == "evaluations":
            return [
                (
                    self.tr("See what is due"),
                    [
                        self.tr(
                            "The list holds the plans and goals to evaluate within {days} "
                            "days, the overdue ones first."
                        ).format(days=EVALUATION_HORIZON_DAYS),
                        self.tr("Choose a line and press Enter to open the plan."),
                    ],
                ),
            ]
        if key == "relations":
            return [
                (
                    self.tr("Answer a check-in"),
                    [
                        self.tr("Press “Answer now” at the top of Teamwork."),
                        self.tr(
                            "Type a number from 1 to 5 in each box, or 0 for don't know; the "
                            "cursor moves on by itself. Leave a row empty for those you do "
                            "not work with."
                        ),
                        self.tr("Press Ctrl+Enter or “Hand in”. Nobody can see what you answered."),
                    ],
                ),
                (
                    self.tr("Run a check-in for a resident's team"),
                    [
                        self.tr("Choose the resident and press “Start a check-in…”."),
                        self.tr(
                            "Print the form for those without an account, and type in the "
                            "forms that come back with “Type in a form…”."
                        ),
                        self.tr(
                            "Results show when the check-in closes, what works first. Talk "
                            "about the weak ties together: they are things to agree on, not "
                            "anyone's fault."
                        ),
                    ],
                ),
            ]
        if key == "rota":
            return [
                (
                    self.tr("Bring in the rota from Excel"),
                    [
                        self.tr("Choose the unit, then press “Import from Excel or CSV…”."),
                        self.tr(
                            "Check the column that names the person. The preview lists the "
                            "people and shift codes TeamDesk does not know; press Import, or "
                            "Cancel to write nothing."
                        ),
                    ],
                ),
                (
                    self.tr("Change a day"),
                    [
                        self.tr(
                            "Choose the day in the grid, type the shift code (D, A, N, L) and "
                            "press Enter. Delete gives the chosen days off."
                        ),
                        self.tr("“Copy week” makes one week of the cycle like another."),
                    ],
                ),
                (
                    self.tr("Hand over at the end of a shift"),
                    [
                        self.tr(
                            "Press Ctrl+H: the residents with none of their people on this "
                            "shift or the next. “Print…” makes the sheet for the shift's start."
                        )
                    ],
                ),
            ]
        return []
