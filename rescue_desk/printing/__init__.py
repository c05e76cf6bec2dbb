"""Printed forms: reportlab documents written as PDF to a binary stream; no Qt.

``fonts`` finds and embeds a TrueType CJK font, ``qr`` draws the ``RD:<KIND>:<KEY>`` QR codes,
``page`` holds the A4 / receipt-roll / label page templates and the shared building blocks
(styles, ruled grids, signature lines), ``sample`` the printer test page. One module per form
family follows; each takes service dataclasses and a ``page.PrintContext``.
"""
