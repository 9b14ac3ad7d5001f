"""The refusals of import and export, listed for translation (shown by
gui.common.error_texts).

Every template ``services/importing`` raises — a file refused (``ImportFileError``: too big, not
a spreadsheet, encrypted or damaged, a zip bomb, too many rows…), a column mapping that names
what does not exist (``MappingError``), an import or its undo refused (``ImportRejected``,
``ImportUndoError``), an export that could not be written (``ExportError``) — one literal each
so pyside6-lupdate finds them (context ``ServiceErrors``), and the full-disk sentences of
import, undo and export (``DiskFullError``). A test keeps these lists equal to what the services
raise and checks every entry reads in Chinese.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "The file is empty: no header row was found."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "No column is mapped to the required field(s): {fields}. Columns found: {columns}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{file} needs more memory than one import may use ({limit} MB); it was not imported. Split the file and import the parts."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Reading {file} stopped unexpectedly (exit code {code}); the file was not imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Reading {file} took longer than {limit} s of CPU time; it was not imported. Split the file and import the parts."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The spreadsheet reader crashed on {file} (signal {signal}); the file was not imported (the app is unaffected). Open it in Excel or WPS, save it again, and retry."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file reader could not be started ({detail}); nothing was imported."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} could not be read ({detail}); it was not imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The CSV file is {encoding} text, but byte {offset} (line {line}, 0x{byte}) is not valid {encoding}; nothing was imported. Correct that character, save the file again as “CSV UTF-8”, or choose the file's encoding explicitly."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The CSV file is neither UTF-8 nor GBK text (the first byte that is not UTF-8 is byte {offset}, line {line}); save it from Excel as “CSV UTF-8” and import again, or choose its encoding explicitly."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "Unknown encoding “{encoding}”; use one of {known}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The file {path} does not exist."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Old .xls workbooks are not supported; open the file in Excel or WPS and save it as .xlsx, then import that."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "{file}: only .xlsx and .csv files can be imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{file} is {mb} MB; at most {limit} MB can be imported at once."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} could not be read ({detail})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} could not be read as a workbook ({detail})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The CSV file is malformed near row {row}: {detail}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file has more than {limit} rows; split it and import the parts."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Row {row} has {columns} columns; at most {limit} are supported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The file holds more than {limit} characters of text; split it and import the parts."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Row {row} holds a cell of more than {chars} characters; at most {limit} fit in one cell. The file was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Row {row}, column {column} holds {chars} characters; at most {limit} fit in one cell. The file was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "The workbook has no sheet named “{sheet}”."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The workbook has {parts} parts (limit {limit}); it is not a normal spreadsheet and was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The workbook holds two parts with the same name (readers would disagree on which one counts); it was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} is larger than in any real spreadsheet; the file was not imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet spans {rows} rows × {columns} columns, more than the {limit} cells one import can hold."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Reading the sheet would take about {mb} MB of memory (at most {limit} MB); split the file and import the parts."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "The workbook has no sheet number {number}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The workbook would expand to more than {mb} MB when unpacked (a zip bomb or an unusually large file); it was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} is {mb} MB, far larger than in real spreadsheets; the file was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} is not valid XML; the file was not imported."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is not a readable .xlsx workbook ({detail})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is not an Excel workbook (no {part})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} contains no worksheet."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{file} is protected with a password (or is an old .xls workbook renamed to .xlsx); open it in Excel or WPS, remove the password or save it as .xlsx, and import again."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is damaged: the sheet “{sheet}” has no data part."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{file} has two shared-string tables; it is not a normal spreadsheet and was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} is compressed {ratio}:1, far beyond real spreadsheets (a zip bomb); the file was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet holds more than {limit} characters of text ({chars} counted so far), more than one import can hold; it was not imported. Split the file, or remove very long texts."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} is not valid XML ({detail}); the file was not imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet has a cell reference “{ref}” that is not a cell address; the file is damaged and was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cell {cell} holds {chars}+ characters; Excel cells hold at most {limit}. The file was not written by Excel and was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet has {rows} rows; Sailplan imports at most {limit} rows per file. Split the file and import the parts."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet uses {columns} columns; at most {limit} are supported. Delete the unused columns and try again."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "More than {limit} cells hold a formula without a saved result; open the file in Excel, save it, and import again."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet has more merged cells than one import can hold (at most {ranges} merged ranges of {cells} cells in all); it was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The part {part} declares XML entities or a DTD, which spreadsheets never need (a 'billion laughs' or XXE attack); the file was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "The workbook is damaged ({detail}); it was not imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet has more than {limit} cells, more than one import can hold; it was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The sheet has more than {limit} cells (empty ones included), more than one import can hold; it was not imported."),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The workbook holds more than {limit} different texts; it is not a normal spreadsheet and was not imported."),  # noqa: E501
    # mappings given by hand (--map, --mapping, the wizard's Load mapping…)
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "There is no field “{field}” in a {kind} import. Fields: {names}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The file has no column “{column}”. Columns: {columns}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "--map “{value}”: write FIELD=COLUMN, e.g. --map \"商机名称=Opportunity ID\"."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} is not a mapping file (too large)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The mapping file {name} cannot be read: {reason}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{name} is not a Sailplan import mapping (it needs \"sailplan_import_mapping\": 1 and \"columns\")."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} maps a {theirs} import, not {kind}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{name}: the field of column “{column}” must be a text or null."),
    # committing an import, undoing it
    QT_TRANSLATE_NOOP("ServiceErrors", "{count} row(s) have errors; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The database changed since the file was checked: {count} row(s) now have errors; nothing was imported. Check the file again."),  # noqa: E501
    QT_TRANSLATE_NOOP("ServiceErrors", "Import cancelled; nothing was written."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The import cannot be undone: records added since then refer to what it created (undo or delete those first). Nothing was changed."),  # noqa: E501
    # exports
    QT_TRANSLATE_NOOP("ServiceErrors", "Export cancelled; no file was written."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file}: export to .xlsx or .csv."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Only {kinds} can be exported."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Sailplan may not write to {folder}; no file was written. Choose another folder."),
    QT_TRANSLATE_NOOP("ServiceErrors", "The folder {folder} does not exist; no file was written."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{file} is a folder; no file was written. Give a file name."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{file} could not be written ({detail}); no file was written."),
)

DISK_FULL = (  # services.core.errors.DiskFullError with the outcomes import and export give
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The disk holding {where} is full; nothing was saved. Free some space and try again."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The disk holding {where} is full; nothing was changed. Free some space and try again."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The disk holding {where} is full; no file was written. Free some space and try again."),
)
