"""The Coordinators page's Networks tab: coordinator networks, their members, their meetings and
who came."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamdesk.domain.mentoring import CoordinatorNetwork, NetworkMeeting
from teamdesk.domain.team import Staff
from teamdesk.services.mentoring import NetworkDetail
from teamdesk.ui.common.models import Column, RowKind, RowsModel
from teamdesk.ui.common.text import format_date
from teamdesk.ui.common.widgets import (
    CommitLineEdit,
    DateEdit,
    clear_invalid,
    fit_rows,
    hint,
    mark_invalid,
    named,
    select_row,
)
from teamdesk.ui.coordinators.state import (
    CoordinatorsState,
    allow_all,
    button,
    selected,
    table,
    typed_day,
)

Member = tuple[Any, Staff]


class NetworksTab(QWidget):
    """Coordinator networks: a leader keeps their members, meetings and attendance."""

    def __init__(self, state: CoordinatorsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinatorsNetworksTab")
        self._state = state
        self.chosen_network: str | None = None
        self.network: NetworkDetail | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setSizes([380, 980])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # -- building ----------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(
            hint(self.tr("Coordinators meet in networks for guidance and to share experience."))
        )
        self.networks_model = RowsModel(
            [Column(self.tr("Network"), lambda n: n.name)], key=lambda n: n.id, parent=self
        )
        self.networks_table = table(self.networks_model, "networksTable", self.tr("Networks"), 0)
        self.networks_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._network_chosen()
        )
        left_layout.addWidget(self.networks_table, 1)
        add = QHBoxLayout()
        self.new_network = named(QLineEdit(), "newNetworkEdit", self.tr("Name of a new network"))
        self.new_network.setPlaceholderText(self.tr("Name of a new network"))
        self.new_network.returnPressed.connect(self.add_network)
        self.add_network_button = button(
            self.tr("Add network"), "addNetworkButton", self.tr("Add network"), self.add_network
        )
        add.addWidget(self.new_network, 1)
        add.addWidget(self.add_network_button)
        left_layout.addLayout(add)
        return left

    def _build_detail(self) -> QWidget:
        right = QWidget()
        self._stack = QStackedWidget()
        empty = named(
            hint(self.tr("Choose a network, or add one.")),
            "networkEmptyHint",
            self.tr("No network chosen"),
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(empty)
        self._stack.addWidget(right)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 8, 12, 12)
        self.network_title = named(QLabel(), "networkTitle", self.tr("Network"))
        self.network_title.setProperty("role", "title")
        layout.addWidget(self.network_title)
        self.network_description = named(
            CommitLineEdit(), "networkDescriptionEdit", self.tr("About the network")
        )
        self.network_description.setPlaceholderText(self.tr("How often it meets, and what for"))
        self.network_description.editingFinished.connect(self._commit_description)
        layout.addWidget(self.network_description)
        columns = QHBoxLayout()
        columns.addWidget(self._build_members(), 1)
        columns.addWidget(self._build_meetings(), 1)
        layout.addLayout(columns)
        layout.addStretch(1)
        return self._stack

    def _build_members(self) -> QGroupBox:
        members = QGroupBox(self.tr("Members"))
        members.setObjectName("networkMembersBox")
        m_layout = QVBoxLayout(members)
        self.members_model = RowsModel(
            [
                Column(self.tr("Name"), lambda m: m[1].name),
                Column(self.tr("Came"), self._rate_text),
            ],
            key=lambda m: m[0].id,
            parent=self,
        )
        self.members_table = table(self.members_model, "networkMembersTable", self.tr("Members"), 0)
        m_layout.addWidget(self.members_table)
        member_row = QHBoxLayout()
        self.member_picker = named(QComboBox(), "networkMemberPicker", self.tr("Staff to add"))
        self.add_member_button = button(
            self.tr("Add"),
            "addNetworkMemberButton",
            self.tr("Add to the network"),
            self._add_member,
        )
        self.remove_member_button = button(
            self.tr("Remove"),
            "removeNetworkMemberButton",
            self.tr("Take the chosen member off the network"),
            self._remove_member,
        )
        member_row.addWidget(self.member_picker, 1)
        member_row.addWidget(self.add_member_button)
        member_row.addWidget(self.remove_member_button)
        m_layout.addLayout(member_row)
        m_layout.addStretch(1)
        return members

    def _build_meetings(self) -> QGroupBox:
        meetings = QGroupBox(self.tr("Meetings and attendance"))
        meetings.setObjectName("networkMeetingsBox")
        n_layout = QVBoxLayout(meetings)
        self.network_meetings_model = RowsModel(
            [
                Column(self.tr("Date"), lambda m: format_date(m.held_on)),
                Column(self.tr("Topic"), lambda m: m.topic),
                Column(self.tr("Place"), lambda m: m.place),
            ],
            key=lambda m: m.id,
            kind=lambda m: RowKind.MUTED if m.held_on < self._state.today() else RowKind.NORMAL,
            parent=self,
        )
        self.network_meetings_table = table(
            self.network_meetings_model, "networkMeetingsTable", self.tr("Network meetings"), 1
        )
        self.network_meetings_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_attendance()
        )
        n_layout.addWidget(self.network_meetings_table)
        meeting_row = QHBoxLayout()
        self.network_meeting_date = named(DateEdit(), "networkMeetingDateEdit", self.tr("Date"))
        self.network_meeting_date.setPlaceholderText(self.tr("Date"))
        self.network_meeting_date.setMaximumWidth(120)
        self.network_meeting_topic = named(QLineEdit(), "networkMeetingTopicEdit", self.tr("Topic"))
        self.network_meeting_topic.setPlaceholderText(self.tr("Topic"))
        self.network_meeting_topic.returnPressed.connect(self.add_network_meeting)
        self.add_network_meeting_button = button(
            self.tr("Add meeting"),
            "addNetworkMeetingButton",
            self.tr("Add a meeting date"),
            self.add_network_meeting,
        )
        meeting_row.addWidget(self.network_meeting_date.field)
        meeting_row.addWidget(self.network_meeting_topic, 1)
        meeting_row.addWidget(self.add_network_meeting_button)
        n_layout.addLayout(meeting_row)
        self.attendance_label = QLabel(self.tr("Who came (tick)"))
        self.attendance_label.setProperty("role", "subheading")
        n_layout.addWidget(self.attendance_label)
        self.attendance = named(QListWidget(), "attendanceList", self.tr("Who came"))
        self.attendance.setMaximumHeight(150)
        self.attendance.itemChanged.connect(self._attendance_changed)
        n_layout.addWidget(self.attendance)
        n_layout.addStretch(1)
        return meetings

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the networks again; the chosen one stays chosen."""
        networks: list[CoordinatorNetwork] = self._state.session.read(
            self._state.service.networks, []
        )
        self.networks_model.set_rows(networks)
        why_not = self._state.rights().why_not_manage
        self.new_network.setEnabled(why_not is None)
        allow_all((self.add_network_button,), why_not)
        row = self.networks_model.row_of(self.chosen_network or "")
        if row >= 0:
            select_row(self.networks_table, row)
        elif networks and self.chosen_network is None:
            select_row(self.networks_table, 0)
        self._show_network()

    def _network_chosen(self) -> None:
        chosen: CoordinatorNetwork | None = selected(self.networks_table, self.networks_model)
        if chosen is not None and chosen.id != self.chosen_network:
            self.chosen_network = chosen.id
            self._show_network()

    def _rate_text(self, member: Member) -> str:
        detail = self.network
        if detail is None:
            return ""
        came, held = detail.rates.get(member[1].id, (0, 0))
        return self.tr("{came} of {held}").format(came=came, held=held) if held else ""

    def _show_network(self) -> None:
        nid = self.chosen_network
        service = self._state.service
        detail = (
            self._state.session.read(lambda: service.network(nid), None, gone_is_quiet=True)
            if nid
            else None
        )
        self.network = detail
        if detail is None:
            self._stack.setCurrentIndex(0)
            return
        self.network_title.setText(detail.network.name)
        self.network_description.show_saved(detail.network.description)
        self.members_model.set_rows(detail.members)
        fit_rows(self.members_table, 2, 12)
        self.network_meetings_model.set_rows(detail.meetings)
        fit_rows(self.network_meetings_table, 2, 10)
        member_ids = {s.id for _, s in detail.members}
        current = self.member_picker.currentData()
        self.member_picker.clear()
        for s in self._state.active_staff():
            if s.id not in member_ids:
                self.member_picker.addItem(s.name, s.id)
        index = self.member_picker.findData(current)
        self.member_picker.setCurrentIndex(max(index, 0) if self.member_picker.count() else -1)
        if not self.network_meeting_date.text():
            self.network_meeting_date.setPlaceholderText(format_date(self._state.today()))
        why_not = self._state.rights().why_not_manage
        for w in (
            self.network_description,
            self.member_picker,
            self.network_meeting_date,
            self.network_meeting_topic,
        ):
            w.setEnabled(why_not is None)
        allow_all(
            (self.add_member_button, self.remove_member_button, self.add_network_meeting_button),
            why_not,
        )
        self._show_attendance()
        self._stack.setCurrentIndex(1)

    def _show_attendance(self) -> None:
        detail = self.network
        meeting: NetworkMeeting | None = selected(
            self.network_meetings_table, self.network_meetings_model
        )
        self.attendance.blockSignals(True)
        self.attendance.clear()
        if detail is None or meeting is None:
            self.attendance_label.setText(self.tr("Choose a meeting to record who came."))
        elif meeting.held_on > self._state.today():
            self.attendance_label.setText(
                self.tr("The meeting on {date} has not happened yet.").format(
                    date=format_date(meeting.held_on)
                )
            )
        else:
            self.attendance_label.setText(
                self.tr("Who came on {date} (tick)").format(date=format_date(meeting.held_on))
            )
            present = detail.present.get(meeting.id, frozenset())
            may_manage = self._state.rights().may_manage
            for _member, staff in detail.members:
                item = QListWidgetItem(staff.name)
                item.setData(Qt.ItemDataRole.UserRole, staff.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if may_manage:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(
                    Qt.CheckState.Checked if staff.id in present else Qt.CheckState.Unchecked
                )
                self.attendance.addItem(item)
        self.attendance.blockSignals(False)

    # -- editing -----------------------------------------------------------------------------

    def add_network(self) -> None:
        name = self.new_network.text()
        outcome = self._state.run(
            self.tr("Add network {name}").format(name=name.strip()),
            lambda: self._state.service.create_network(name),
        )
        if outcome is None:
            mark_invalid(self.new_network, self._state.session.last_refusal)
            return
        clear_invalid(self.new_network)
        self.new_network.clear()
        self.chosen_network = outcome.row_id
        self.load()

    def _commit_description(self) -> None:
        nid, detail = self.chosen_network, self.network
        text = self.network_description.text()
        if (
            nid is None
            or detail is None
            or self._state.loading
            or text.strip() == detail.network.description
        ):
            return
        self._state.run(
            self.tr("Describe network"),
            lambda: self._state.service.update_network(nid, description=text),
        )

    def _add_member(self) -> None:
        nid, staff_id = self.chosen_network, self.member_picker.currentData()
        if nid is None or not staff_id:
            return
        self._state.run(
            self.tr("Add {name} to the network").format(name=self.member_picker.currentText()),
            lambda: self._state.service.add_network_member(nid, staff_id),
        )

    def _remove_member(self) -> None:
        chosen: Member | None = selected(self.members_table, self.members_model)
        if chosen is not None:
            self._state.run(
                self.tr("Take {name} off the network").format(name=chosen[1].name),
                lambda: self._state.service.remove_network_member(chosen[0].id),
            )

    def add_network_meeting(self) -> None:
        nid = self.chosen_network
        if nid is None:
            return
        day = typed_day(self.network_meeting_date, self._state.today())
        if day is None:
            self._state.session.refused.emit(self.network_meeting_date.toolTip())
            return
        topic = self.network_meeting_topic.text()
        if self._state.run(
            self.tr("Add network meeting"),
            lambda: self._state.service.schedule_network_meeting(nid, day, topic),
        ):
            self.network_meeting_date.clear()
            self.network_meeting_topic.clear()

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        meeting: NetworkMeeting | None = selected(
            self.network_meetings_table, self.network_meetings_model
        )
        if meeting is None:
            return
        staff_id = str(item.data(Qt.ItemDataRole.UserRole))
        present = item.checkState() == Qt.CheckState.Checked
        text = self.tr("{name} came") if present else self.tr("{name} did not come")
        self._state.run(
            text.format(name=item.text()),
            lambda: self._state.service.set_attendance(meeting.id, staff_id, present),
        )
