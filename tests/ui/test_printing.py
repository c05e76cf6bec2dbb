"""Printing through Qt: PDF pages drawn on a QPrinter (here a PDF printer) at the form's size."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from rescue_desk.printing.page import PrintContext
from rescue_desk.printing.sample import sample_receipt, test_page
from rescue_desk.ui import printing

CTX = PrintContext("演示市救助管理站", "0571-87654321", "赵强", dt.datetime(2026, 11, 28, 21, 5))


def make(write) -> bytes:
    stream = io.BytesIO()
    write(CTX, stream)
    return stream.getvalue()


def test_paint_pdf_draws_every_page(qapp, tmp_path):
    """GIVEN a one-page A4 test page WHEN painted on a PDF printer THEN one page comes out."""
    data = make(test_page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert printing.paint_pdf(printer, data)
    assert len(PdfReader(out).pages) == 1


def test_print_preview_uses_the_forms_paper(qtbot, monkeypatch, tmp_path):
    """GIVEN an 80 mm slip WHEN printed THEN the preview's printer has 80 mm wide paper and the
    pages are painted."""
    data = make(sample_receipt)
    seen = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        seen["width"] = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).width()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "slip.pdf"))
        dialog.paintRequested.emit(printer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert printing.print_pdf(None, data, "slip.pdf")
    assert round(seen["width"]) == 80
    assert (tmp_path / "slip.pdf").stat().st_size > 1000
