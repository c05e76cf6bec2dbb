"""DeskError: the one exception type a person can act on.

Every error carries a stable ``code`` and the facts needed for a message. The English template is
marked for translation (context ``DeskError``) so the GUI and the CLI show it in Chinese.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without importing Qt (the domain layer has no Qt)."""
    return text


class DeskError(Exception):
    """An error with a stable code, facts, and a translatable message template.

    ``field`` names the form field the error belongs to, so a form can show it next to that field.
    Facts named ``label`` and ``what`` are field names, translated in the context ``Field``.
    """

    code = "desk_error"
    template = QT_TRANSLATE_NOOP("DeskError", "The desk could not do that.")
    #: Other facts that are marked words, and the context they are translated in.
    fact_contexts: dict[str, str] = {}

    def __init__(self, field: str | None = None, **facts: object) -> None:
        self.field = field
        self.facts = facts
        super().__init__(self.message())

    def message(self, translate=None) -> str:
        """The message in English, or through ``translate(context, text)`` when given."""
        text = translate("DeskError", self.template) if translate else self.template
        facts = {
            key: value.message(translate) if isinstance(value, DeskError) else value
            for key, value in self.facts.items()
        }
        if translate:
            for key in ("label", "what"):
                if isinstance(facts.get(key), str):
                    facts[key] = translate("Field", facts[key])
            for key, context in self.fact_contexts.items():
                if isinstance(facts.get(key), str):
                    facts[key] = translate(context, facts[key])
        try:
            return text.format(**facts)
        except (KeyError, IndexError, ValueError):
            return text


class RequiredField(DeskError):
    code = "required"
    template = QT_TRANSLATE_NOOP("DeskError", "Please fill in {label}.")


class TooLong(DeskError):
    code = "too_long"
    template = QT_TRANSLATE_NOOP("DeskError", "{label} may have at most {limit} characters.")


class BadCharacters(DeskError):
    code = "bad_characters"
    template = QT_TRANSLATE_NOOP("DeskError", "{label} contains characters that cannot be stored.")


class NotFound(DeskError):
    code = "not_found"
    template = QT_TRANSLATE_NOOP("DeskError", "No {what} matches {key}.")


class PermissionDenied(DeskError):
    code = "permission_denied"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Your role may not do this ({action}). Ask an officer with that role."
    )


class NotLoggedIn(DeskError):
    code = "not_logged_in"
    template = QT_TRANSLATE_NOOP("DeskError", "Please log in first.")


class WrongPassword(DeskError):
    code = "wrong_password"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Wrong login name or password. {left} attempts left before the account is locked.",
    )


class AccountLocked(DeskError):
    code = "account_locked"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This account is locked after too many wrong passwords. Try again after {until}.",
    )


class AccountDisabled(DeskError):
    code = "account_disabled"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This account has been switched off. Ask the administrator."
    )


class WeakPassword(DeskError):
    code = "weak_password"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The password needs at least {minimum} characters."
    )


class Duplicate(DeskError):
    code = "duplicate"
    template = QT_TRANSLATE_NOOP("DeskError", "{label} “{value}” is already in use.")


class LastAdministrator(DeskError):
    code = "last_admin"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The station must keep at least one active administrator."
    )


class StationExists(DeskError):
    code = "station_exists"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "This database already belongs to the station “{name}”."
    )


class NoStation(DeskError):
    code = "no_station"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "This database has no station yet. Run “rescue-desk init” or open the desk to set it up.",
    )


class SchemaTooNew(DeskError):
    code = "schema_too_new"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The database was made by a newer version of Rescue Desk (schema {found}). "
        "Install that version or newer; this one knows schemas up to {head}.",
    )


class SchemaBehind(DeskError):
    code = "schema_behind"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The database schema ({found}) is older than this program's ({head})."
    )


class DatabaseUnavailable(DeskError):
    code = "db_unavailable"
    template = QT_TRANSLATE_NOOP("DeskError", "The database {where} cannot be opened: {reason}")


class DatabaseCannotOpen(DatabaseUnavailable):
    """SQLite cannot open the file: its folder is missing, unreachable or read-only."""

    code = "db_cannot_open"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The database {where} cannot be opened: its folder is missing, not reachable or "
        "read-only. Check that the drive or network folder is connected and that this "
        "computer may write to it, then try again.")


class DatabaseReadOnly(DeskError):
    code = "db_read_only"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Nothing was saved: the database {where} can be read but not written (the file or its "
        "folder is read-only). Ask the administrator to give this computer write access, "
        "then save again.")


class DiskFull(DeskError):
    code = "disk_full"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "Nothing was saved: the disk that holds the database {where} is full. Free some space "
        "on it (or ask the administrator), then save again.")


class DiskError(DeskError):
    code = "disk_error"
    template = QT_TRANSLATE_NOOP(
        "DeskError",
        "The database {where} could not be read or written (a disk or network error); no "
        "change was saved. Check the drive or the network connection, then try again.")


class DatabaseBusy(DeskError):
    code = "db_busy"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Another desk is saving at this moment. Please try again in a few seconds."
    )


class BackupFailed(DeskError):
    code = "backup_failed"
    template = QT_TRANSLATE_NOOP("DeskError", "The backup could not be made: {reason}")


class RestoreRefused(DeskError):
    code = "restore_refused"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "The file {path} was not restored because it fails the check: {reason}"
    )


class NotSupported(DeskError):
    code = "not_supported"
    template = QT_TRANSLATE_NOOP("DeskError", "This is not possible with this database.")


class PasswordsDiffer(DeskError):
    code = "passwords_differ"
    template = QT_TRANSLATE_NOOP("DeskError", "The two passwords differ; please type them again.")


class BadDay(DeskError):
    code = "bad_day"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Choose a day from the calendar, between 1900 and 2100.")


class BadMoment(DeskError):
    code = "bad_moment"
    template = QT_TRANSLATE_NOOP(
        "DeskError", "Write a date and time between 1900 and 2100, e.g. 2026-11-28 21:05.")


class PeriodTooLong(DeskError):
    code = "period_too_long"
    template = QT_TRANSLATE_NOOP("DeskError", "Choose a period of at most {days} days.")
