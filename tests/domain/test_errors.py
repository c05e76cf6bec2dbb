"""DeskError messages, in English and through a translate function."""

from __future__ import annotations

from rescue_desk.domain.errors import (
    DeskError,
    NotFound,
    RequiredField,
    RestoreRefused,
    TooLong,
    WrongPassword,
)


def marking(context: str, text: str) -> str:
    """A stand-in for QCoreApplication.translate that shows which context was asked."""
    return f"<{context}:{text}>"


def test_message_fills_the_template_with_the_facts():
    """GIVEN an error with facts WHEN its English message is asked THEN the facts are filled in."""
    assert WrongPassword(left=3).message() == (
        "Wrong login name or password. 3 attempts left before the account is locked."
    )


def test_template_is_translated_in_context_desk_error():
    """GIVEN a translate function WHEN a message is asked THEN the template goes through it in the
    context DeskError."""
    assert WrongPassword(left=3).message(marking) == (
        "<DeskError:Wrong login name or password. {left} attempts left before the account is "
        "locked.>".replace("{left}", "3")
    )


def test_label_fact_is_translated_in_context_field():
    """GIVEN an error whose label names a field WHEN the message is translated THEN the label is
    translated in the context Field."""
    assert RequiredField(label="name").message(marking) == (
        "<DeskError:Please fill in <Field:name>.>"
    )


def test_what_fact_is_translated_in_context_field_and_key_is_not():
    """GIVEN NotFound with ``what`` and ``key`` WHEN translated THEN only ``what`` is a field
    name."""
    assert NotFound(what="officer", key="zhang").message(marking) == (
        "<DeskError:No <Field:officer> matches zhang.>"
    )


def test_other_facts_are_not_translated():
    """GIVEN a number fact WHEN translated THEN it is written as it is."""
    assert TooLong(label="phone", limit=40).message(marking) == (
        "<DeskError:<Field:phone> may have at most 40 characters.>"
    )


def test_nested_error_fact_is_rendered_as_its_message():
    """GIVEN an error whose reason is another DeskError WHEN the message is asked (in English or
    translated) THEN the inner error appears as its own message."""
    error = RestoreRefused(path="/b.db", reason=WrongPassword(left=1))
    assert error.message() == (
        "The file /b.db was not restored because it fails the check: Wrong login name or "
        "password. 1 attempts left before the account is locked."
    )
    assert "<DeskError:Wrong login name or password. 1 attempts" in error.message(marking)


def test_missing_fact_leaves_the_template_as_is():
    """GIVEN an error raised without the facts its template names WHEN the message is asked THEN
    the template is returned rather than an exception."""
    assert RequiredField().message() == "Please fill in {label}."


def test_str_of_the_exception_is_the_english_message_and_field_is_kept():
    """GIVEN an error for a form field WHEN printed THEN str() is the English message and the
    field is kept for the form."""
    error = RequiredField(field="name", label="name")
    assert str(error) == "Please fill in name."
    assert error.field == "name"
    assert isinstance(error, DeskError) and error.code == "required"
