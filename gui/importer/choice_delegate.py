"""A combo-box delegate: the model supplies ``(label, value)`` choices per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 20
VALUE_ROLE = Qt.ItemDataRole.UserRole + 21

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the model's choices; commits as soon as one is picked."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(VALUE_ROLE)
        for i in range(editor.count()):
            if editor.itemData(i) == current:
                editor.setCurrentIndex(i)
                break

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        editor.setGeometry(option.rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> Any:
        return super().sizeHint(option, index)


def choice_table(model: QAbstractItemModel, name: str, choice_column: int,
                 stretch_column: int) -> QTableView:
    """A wizard table over ``model``: one click opens the combo of ``choice_column``, no row
    numbers, and ``stretch_column`` takes the spare width.

    From the keyboard, arrows only move between rows (a combo opened by merely arriving on a
    cell would take the next arrow press and change the choice); Space opens the combo's list
    (F2 the combo), arrows pick, Enter keeps the choice, Esc leaves it as it was; Enter on the
    table itself is the wizard's Next. Tab leaves the table.
    """
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegateForColumn(choice_column, ChoiceDelegate(view))
    Trigger = QAbstractItemView.EditTrigger
    view.setEditTriggers(Trigger.SelectedClicked | Trigger.DoubleClicked
                         | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
    view.setTabKeyNavigation(False)

    def open_choice(index: QModelIndex) -> None:  # one click on a choice opens it
        if index.column() == choice_column:
            view.edit(index)

    view.clicked.connect(open_choice)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view
