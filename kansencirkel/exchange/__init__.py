"""File formats in and out of the app: what a file looks like, never where it goes.

Here belongs the code that turns app data into bytes or text for another program or another
vault, and reads it back strictly: the case-file JSON of ``export``/``import``
(:mod:`.casefile_json`), the spreadsheet CSV import (:mod:`.csv_import`, with its column layout
in :mod:`.csv_columns` and its text forms in :mod:`.csv_text`), and the sealed hand-over file
(.kcx, :mod:`.handover_file`, with its one-time code in :mod:`.handover_code`).
A format module works on the plain dataclasses of :mod:`kansencirkel.core.model`; opening a
vault, asking for confirmation, writing the file and auditing it stay with the caller (the
command line's commands, the UI). No Qt, no PDF or chart library (tests/test_layering.py).
"""
