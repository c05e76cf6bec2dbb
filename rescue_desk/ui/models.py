"""Qt item models over immutable rows fetched from services (named columns, a sort role and a
row role)."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from rescue_desk.domain.roles import ROLE_LABELS, Role
from rescue_desk.services.accounts import UserRow
from rescue_desk.services.audit import AuditRow

#: The role under which a model returns the whole row object.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: The role under which a model returns a value to sort by.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

#: Audit actions as people read them (context ``AuditAction``); unknown ones show as recorded.
AUDIT_ACTIONS = {
    "station.create": QT_TRANSLATE_NOOP("AuditAction", "Station set up"),
    "station.update": QT_TRANSLATE_NOOP("AuditAction", "Station details changed"),
    "station.demo": QT_TRANSLATE_NOOP("AuditAction", "Marked as demo station"),
    "user.create": QT_TRANSLATE_NOOP("AuditAction", "Officer added"),
    "user.update": QT_TRANSLATE_NOOP("AuditAction", "Officer changed"),
    "user.password": QT_TRANSLATE_NOOP("AuditAction", "Own password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    "user.unlock": QT_TRANSLATE_NOOP("AuditAction", "Account unlocked"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditAction", "Wrong password"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "setting.update": QT_TRANSLATE_NOOP("AuditAction", "Local rule changed"),
}


def role_names(roles) -> str:
    order = list(Role)
    return "、".join(QCoreApplication.translate("Role", ROLE_LABELS[r])
                     for r in sorted(roles, key=order.index))


def fmt_time(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


class SnapshotTableModel(QAbstractTableModel):
    """A table of immutable rows; subclasses name their columns and say how to show each cell."""

    Column: type[enum.IntEnum]

    def __init__(self, rows: Sequence = (), parent=None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.Column):
                return self.header(self.Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        return None

    def header(self, column) -> str:
        raise NotImplementedError

    def display(self, row, column) -> str:
        raise NotImplementedError

    def sort_key(self, row, column):
        return self.display(row, column)


class UserTableModel(SnapshotTableModel):
    """Officers on the settings page."""

    class Column(enum.IntEnum):
        LOGIN = 0
        NAME = 1
        SEX = 2
        PHONE = 3
        ROLES = 4
        STATE = 5
        LAST_LOGIN = 6

    def header(self, column) -> str:
        return {
            self.Column.LOGIN: QCoreApplication.translate("UserTableModel", "Login"),
            self.Column.NAME: QCoreApplication.translate("UserTableModel", "Name"),
            self.Column.SEX: QCoreApplication.translate("UserTableModel", "Sex"),
            self.Column.PHONE: QCoreApplication.translate("UserTableModel", "Phone"),
            self.Column.ROLES: QCoreApplication.translate("UserTableModel", "Roles"),
            self.Column.STATE: QCoreApplication.translate("UserTableModel", "State"),
            self.Column.LAST_LOGIN: QCoreApplication.translate("UserTableModel", "Last login"),
        }[column]

    def display(self, row: UserRow, column) -> str:
        c = self.Column
        if column == c.LOGIN:
            return row.login
        if column == c.NAME:
            return row.name
        if column == c.SEX:
            return QCoreApplication.translate("Sex", "Male" if row.sex == "M" else "Female")
        if column == c.PHONE:
            return row.phone
        if column == c.ROLES:
            return role_names(row.roles)
        if column == c.STATE:
            if not row.active:
                return QCoreApplication.translate("UserTableModel", "Switched off")
            if row.locked_until is not None:
                return QCoreApplication.translate("UserTableModel", "Locked until {time}").format(
                    time=row.locked_until.strftime("%H:%M"))
            return QCoreApplication.translate("UserTableModel", "Active")
        return fmt_time(row.last_login_at)

    def sort_key(self, row: UserRow, column):
        if column == self.Column.LAST_LOGIN:
            return row.last_login_at.isoformat() if row.last_login_at else ""
        return self.display(row, column)


class AuditTableModel(SnapshotTableModel):
    """The audit trail, newest first."""

    class Column(enum.IntEnum):
        NUMBER = 0
        AT = 1
        OFFICER = 2
        ACTION = 3
        RECORD = 4
        CHANGES = 5

    def header(self, column) -> str:
        return {
            self.Column.NUMBER: QCoreApplication.translate("AuditTableModel", "No."),
            self.Column.AT: QCoreApplication.translate("AuditTableModel", "Time"),
            self.Column.OFFICER: QCoreApplication.translate("AuditTableModel", "Officer"),
            self.Column.ACTION: QCoreApplication.translate("AuditTableModel", "Action"),
            self.Column.RECORD: QCoreApplication.translate("AuditTableModel", "Record"),
            self.Column.CHANGES: QCoreApplication.translate("AuditTableModel", "What changed"),
        }[column]

    def display(self, row: AuditRow, column) -> str:
        c = self.Column
        if column == c.NUMBER:
            return str(row.id)
        if column == c.AT:
            return fmt_time(row.at)
        if column == c.OFFICER:
            return row.officer_login
        if column == c.ACTION:
            label = AUDIT_ACTIONS.get(row.action)
            return QCoreApplication.translate("AuditAction", label) if label else row.action
        if column == c.RECORD:
            return f"{row.entity} #{row.entity_id}"
        return "" if row.changes == "{}" else row.changes

    def sort_key(self, row: AuditRow, column):
        if column == self.Column.NUMBER:
            return row.id
        return self.display(row, column)


def snapshot_table_view(model) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only, sortable, row-selecting table over a snapshot model (sorted by its sort
    role, filterable on every column through the returned proxy)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy
