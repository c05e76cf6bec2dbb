"""Printing from the desk: a stay's form is made as PDF by ``rescue_desk.printing``, then saved as a
PDF file or sent to the printer, and the service logs who printed what (PIPL).

PySide6-Essentials has no QtPdf, so pages are rendered by PDFium (``pypdfium2``) and drawn on a
QPrinter behind Qt's print preview and print dialog, on paper of the form's own size (A4, an
80 mm roll, a label). Without the renderer, the PDF opens in the computer's viewer.
"""

from __future__ import annotations

import atexit
import io
import logging
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QRect,
    QSettings,
    QSizeF,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from rescue_desk.domain.errors import DeskError
from rescue_desk.printing.context import PrintContext
from rescue_desk.services.accounts import AccountService
from rescue_desk.services.desk import Desk
from rescue_desk.services.intake import IntakeService
from rescue_desk.ui.i18n import tr_desk_error
from rescue_desk.ui.widgets import icon

#: The forms of a stay the desk prints, by their key in ``printing.intake_forms.FORMS``: the
#: title (also the file name) and the button (context ``Printing``).
STAY_FORMS = {
    "intake": (QT_TRANSLATE_NOOP("Printing", "Intake slip"),
               QT_TRANSLATE_NOOP("Printing", "Print the intake slip (80 mm)")),
    "registration": (QT_TRANSLATE_NOOP("Printing", "Registration form"),
                     QT_TRANSLATE_NOOP("Printing", "Print the registration form (A4)")),
    "refusal": (QT_TRANSLATE_NOOP("Printing", "Refusal notice"),
                QT_TRANSLATE_NOOP("Printing", "Print the refusal notice (A4)")),
}
#: Forms that must show the full ID number (the others show it masked).
FULL_ID_FORMS = frozenset({"registration"})

_spool: Path | None = None
log = logging.getLogger(__name__)


def form_title(kind: str) -> str:
    return QCoreApplication.translate("Printing", STAY_FORMS[kind][0]) if kind in STAY_FORMS \
        else kind


def print_context(desk: Desk) -> PrintContext:
    """Who prints, where and when, for the header and footer of every page."""
    officer = desk.require()
    station = AccountService(desk).station()
    return PrintContext(
        station_name=station.name if station else "",
        station_hotline=station.hotline if station else "",
        printed_by=officer.name,
        printed_at=desk.now(),
        is_demo=bool(station and station.is_demo),
        font_path=font_setting(),
    )


#: QSettings key of the printing font file chosen on this PC (Settings → Printing).
FONT_KEY = "printing/font_file"


def font_setting() -> str | None:
    """The font file set on this PC for printing, or None to search the system's fonts."""
    value = QSettings().value(FONT_KEY)
    return str(value) if value else None


def stay_form_pdf(desk: Desk, case_no: str, kind: str) -> bytes:
    """The PDF of one form of a stay. Raises DeskError (e.g. ``NoCJKFont``)."""
    from rescue_desk.printing.intake_forms import FORMS  # heavy (reportlab): load on first use

    record = IntakeService(desk).record(case_no, full_id=kind in FULL_ID_FORMS)
    stream = io.BytesIO()
    FORMS[kind](record, print_context(desk), stream)
    return stream.getvalue()


def file_name(case_no: str, kind: str) -> str:
    """``2026-000123-登记小票.pdf``: what the file is, in the desk's language."""
    title = re.sub(r'[\\/:*?"<>|\s]+', "_", form_title(kind))
    return f"{case_no}-{title}.pdf"


def save_pdf(parent: QWidget | None, data: bytes, suggested: str) -> Path | None:
    """Ask where to save ``data`` (the folder used last time first); None when cancelled."""
    return save_file(parent, data, suggested, QCoreApplication.translate(
        "Printing", "Save as PDF"), QCoreApplication.translate("Printing", "PDF files (*.pdf)"))


def save_xlsx(parent: QWidget | None, data: bytes, suggested: str) -> Path | None:
    """Ask where to save a workbook; None when cancelled."""
    return save_file(parent, data, suggested, QCoreApplication.translate(
        "Printing", "Export to Excel"), QCoreApplication.translate(
        "Printing", "Excel workbooks (*.xlsx)"))


def save_file(parent: QWidget | None, data: bytes, suggested: str, title: str,
              filter_text: str) -> Path | None:
    """Save ``data`` where the user chooses, with ``suggested``'s ending; None when
    cancelled or not written (the user was told why)."""
    settings = QSettings()
    suffix = Path(suggested).suffix.lower()
    folder = str(settings.value("printing/folder") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested),
                                            filter_text)
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    try:
        path.write_bytes(data)
    except OSError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Not saved"),
                            QCoreApplication.translate(
                                "Printing", "The file {path} could not be written ({reason}). "
                                "Choose another folder.").format(
                                    path=path, reason=error.strerror or error))
        return None
    settings.setValue("printing/folder", str(path.parent))
    return path


def _spool_folder() -> Path:
    """A private folder for PDFs handed to the viewer, removed when the desk closes."""
    global _spool
    if _spool is None or not _spool.exists():
        _spool = Path(tempfile.mkdtemp(prefix="rescue-desk-print-"))
        atexit.register(shutil.rmtree, _spool, True)
    return _spool


def pdf_page_images(data: bytes, dpi: int) -> list[QImage]:
    """Each page of a PDF as an image at ``dpi`` (rendered by PDFium)."""
    import pypdfium2 as pdfium

    images = []
    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            raw = picture.tobytes("raw", "RGB")
            image = QImage(raw, picture.width, picture.height, 3 * picture.width,
                           QImage.Format.Format_RGB888)
            images.append(image.copy())
            page.close()
    finally:
        document.close()
    return images


def _first_page_size(data: bytes) -> QPageSize:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    return QPageSize(QSizeF(width / 72 * 25.4, height / 72 * 25.4), QPageSize.Unit.Millimeter,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def paint_pdf(printer: QPrinter, data: bytes) -> bool:
    """Draw every page of ``data`` on ``printer`` (or a preview), each page filling the paper."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = max(150, min(printer.resolution(), 300))
        for number, image in enumerate(pdf_page_images(data, dpi)):
            if number:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return True


def printer_failed_text(name: str) -> str:
    """What the desk says when the printer refuses to print ``name``."""
    return QCoreApplication.translate(
        "Printing", "The printer could not be used, so {name} was not printed. Check that a "
        "printer is chosen, switched on and has paper, then print again; or use “Save as PDF” "
        "and print the file from another computer.").format(name=name)


def page_failed_text(name: str) -> str:
    """What the desk says when the pages of ``name`` cannot be drawn for printing."""
    return QCoreApplication.translate(
        "Printing", "{name} could not be drawn for printing. Use “Save as PDF” and print the "
        "file from another program, or tell the administrator (the log file has the "
        "details).").format(name=name)


def print_pdf(parent: QWidget | None, data: bytes, name: str) -> bool:
    """Print preview of ``data`` with Qt's print dialog (paper size from the form: A4, 80 mm
    roll or label); without the PDF renderer, open the PDF in the computer's viewer.

    A printer that cannot be used (no printer, switched off, a driver error) or a page that
    cannot be drawn is said in one calm message; False then, and nothing counts as printed.
    """
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return open_in_viewer(parent, data, name)
    failed: list[str] = []

    def paint(target: QPrinter) -> None:
        try:
            if not paint_pdf(target, data):
                failed.append("printer")
        except Exception:  # a broken driver or page renderer must not take the desk down
            log.exception("printing %s failed", name)
            failed.append("page")

    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(name)
        printer.setPageSize(_first_page_size(data))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview — {name}")
                              .format(name=name))
        dialog.paintRequested.connect(paint)
        dialog.resize(900, 760)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    except Exception:  # the PDF cannot be read, or the print system fails to start
        log.exception("printing %s failed", name)
        failed.append("page")
        accepted = False
    if failed:
        text = printer_failed_text(name) if "printer" in failed else page_failed_text(name)
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Not printed"), text)
        return False
    return accepted


def open_in_viewer(parent: QWidget | None, data: bytes, name: str) -> bool:
    """Open ``data`` in the computer's PDF viewer to print it; False when no viewer opens."""
    path = _spool_folder() / name
    try:
        path.write_bytes(data)
    except OSError:
        opened = False
    else:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Not printed"),
                            QCoreApplication.translate(
                                "Printing", "No program to open PDF files was found on this "
                                "computer. Use “Save as PDF” and print the file from another "
                                "program."))
    return opened


def print_stay_form(parent: QWidget | None, desk: Desk, case_no: str, kind: str, *,
                    save: bool = False) -> bool:
    """Make one form of a stay, then print it (``save=False``) or save it as PDF; log it.

    Problems a person can act on (no Chinese font…) are shown in one calm dialog.
    """
    title = QCoreApplication.translate("Printing", "Printing")
    try:
        data = stay_form_pdf(desk, case_no, kind)
    except DeskError as error:
        QMessageBox.warning(parent, title, tr_desk_error(error))
        return False
    except ImportError:
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "Printing", "This form cannot be printed by this version of the desk yet; "
            "use the paper form."))
        return False
    name = file_name(case_no, kind)
    done = save_pdf(parent, data, name) is not None if save else print_pdf(parent, data, name)
    if done:
        IntakeService(desk).note_printed(case_no, kind)
    return done


class PrintButtons(QWidget):
    """One row per form of a stay: print it, or save it as PDF."""

    printed = Signal(str, bool)  #: form kind, saved as PDF (else printed)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case_no = ""
        self.print_buttons: dict[str, QPushButton] = {}
        self.pdf_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setColumnStretch(0, 1)
        for row, (kind, (_title, button_text)) in enumerate(STAY_FORMS.items()):
            button = QPushButton(icon("mdi6.printer"),
                                 QCoreApplication.translate("Printing", button_text))
            button.setObjectName(f"print_{kind}_button")
            button.setStyleSheet("text-align: left; padding: 5px 10px;")
            button.clicked.connect(lambda _=False, k=kind: self.run(k, save=False))
            pdf = QPushButton(icon("mdi6.file-pdf-box"), "PDF")
            pdf.setObjectName(f"pdf_{kind}_button")
            pdf.setToolTip(QCoreApplication.translate("Printing", "Save as PDF"))
            pdf.clicked.connect(lambda _=False, k=kind: self.run(k, save=True))
            grid.addWidget(button, row, 0)
            grid.addWidget(pdf, row, 1)
            self.print_buttons[kind] = button
            self.pdf_buttons[kind] = pdf

    def set_case(self, case_no: str, kinds) -> None:
        """Offer ``kinds`` (form keys) for ``case_no``; the other rows are hidden."""
        self.case_no = case_no
        for kind in STAY_FORMS:
            self.print_buttons[kind].setVisible(kind in kinds)
            self.pdf_buttons[kind].setVisible(kind in kinds)

    def run(self, kind: str, *, save: bool) -> bool:
        done = print_stay_form(self, self.desk, self.case_no, kind, save=save)
        if done:
            self.printed.emit(kind, save)
        return done
