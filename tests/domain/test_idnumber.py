"""Chinese resident ID numbers (GB 11643): normalising, checking, upgrading, masking."""

from __future__ import annotations

import datetime

import pytest
from stdnum.cn import ric

from rescue_desk.domain import idnumber
from rescue_desk.domain.errors import DeskError
from rescue_desk.domain.idnumber import (
    IdBadCharacters,
    IdBirthBefore1900,
    IdBirthDateMismatch,
    IdCheckCharacter,
    IdFutureBirthDate,
    IdImpossibleDate,
    IdProblem,
    IdSexMismatch,
    IdUnknownRegion,
    IdWrongLength,
    analyse,
    check_character,
    mask,
    mismatches,
    normalize,
    upgrade15,
)

TODAY = datetime.date(2025, 6, 1)


def codes(analysis: idnumber.IdAnalysis) -> list[str]:
    return [problem.code for problem in analysis.problems]


def test_valid_female_number_has_no_problems():
    """GIVEN the standard's example 11010519491231002X
    WHEN it is analysed
    THEN there are no problems, and it says female, born 1949-12-31, region 110105."""
    result = analyse("11010519491231002X", today=TODAY)
    assert result.problems == ()
    assert result.ok
    assert result.number == "11010519491231002X"
    assert result.birth_date == datetime.date(1949, 12, 31)
    assert result.sex == "F"
    assert result.region_code == "110105"
    assert result.region_name == "北京市 朝阳区"
    assert not result.upgraded_from_15


def test_valid_number_before_1900_is_only_flagged_as_early():
    """GIVEN 440524188001010014, whose check character is right but whose year is 1880
    WHEN it is analysed
    THEN it says male, born 1880-01-01, and the only warning is "before 1900"."""
    result = analyse("440524188001010014", today=TODAY)
    assert result.sex == "M"
    assert result.birth_date == datetime.date(1880, 1, 1)
    assert codes(result) == ["id_birth_date_too_early"]
    assert isinstance(result.problems[0], IdBirthBefore1900)


def test_region_code_is_known_whatever_the_birth_year():
    """GIVEN a region code that only existed 1983–1993 (440524, 潮阳县) in a 1880 number
    WHEN it is analysed
    THEN the region is known (the code says where the number was issued, not the birth year)."""
    result = analyse("440524188001010014", today=TODAY)
    assert result.region_name == "广东省 潮阳县"
    assert "id_region_unknown" not in codes(result)


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "360426199101010071", "440524188001010014"],
)
def test_check_character_agrees_with_stdnum(number):
    """GIVEN valid numbers
    WHEN the check character of the first 17 digits is computed
    THEN it is the last character, as python-stdnum computes it too."""
    assert check_character(number[:17]) == number[17]
    assert ric.calc_check_digit(number) == number[17]


def test_check_character_refuses_other_than_17_digits():
    """GIVEN 16 digits
    WHEN a check character is asked for
    THEN ValueError is raised (a programming error, not a desk warning)."""
    with pytest.raises(ValueError):
        check_character("1101051949123100")


def test_lower_case_x_is_accepted():
    """GIVEN the valid number typed with a lower-case x
    WHEN it is analysed
    THEN it is normalised to X and has no problems."""
    result = analyse("11010519491231002x", today=TODAY)
    assert result.number == "11010519491231002X"
    assert result.ok


def test_full_width_digits_and_x_are_accepted():
    """GIVEN the valid number typed with full-width digits and a full-width ｘ
    WHEN it is analysed
    THEN it is normalised to ASCII and has no problems."""
    result = analyse("１１０１０５１９４９１２３１００２ｘ", today=TODAY)
    assert result.number == "11010519491231002X"
    assert result.ok


def test_normalize_drops_spaces_and_hyphens():
    """GIVEN a number with spaces, an ideographic space and hyphens
    WHEN it is normalised
    THEN only the digits and X remain."""
    assert normalize(" 110105-1949\u30001231 002x ") == "11010519491231002X"


def test_normalize_of_nothing_is_empty():
    """GIVEN None or an empty string
    WHEN normalised
    THEN the result is an empty string."""
    assert normalize(None) == ""
    assert normalize("") == ""


def test_upgrade15_inserts_century_and_check_character():
    """GIVEN the old 15-digit number 110105491231002
    WHEN it is upgraded
    THEN it becomes 11010519491231002X."""
    assert upgrade15("110105491231002") == "11010519491231002X"


def test_analyse_upgrades_15_digit_number():
    """GIVEN an old 15-digit number
    WHEN it is analysed
    THEN the analysis holds the 18-character number, says so, and finds no problems."""
    result = analyse("110105491231002", today=TODAY)
    assert result.number == "11010519491231002X"
    assert result.upgraded_from_15
    assert result.birth_date == datetime.date(1949, 12, 31)
    assert result.sex == "F"
    assert result.ok


def test_wrong_length_derives_nothing():
    """GIVEN 17 digits
    WHEN they are analysed
    THEN the only problem is the length, and no birth date, sex or region is derived."""
    result = analyse("11010519491231002", today=TODAY)
    assert codes(result) == ["id_length"]
    assert result.problems[0].facts == {"length": 17}
    assert (result.birth_date, result.sex, result.region_code) == (None, None, None)


def test_empty_number_is_wrong_length():
    """GIVEN an empty text
    WHEN analysed
    THEN the problem is wrong length 0."""
    result = analyse("", today=TODAY)
    assert isinstance(result.problems[0], IdWrongLength)
    assert result.number == ""


def test_letters_inside_the_number_are_bad_characters():
    """GIVEN 18 characters with a letter in the middle
    WHEN analysed
    THEN the only problem names the bad character, and nothing is derived."""
    result = analyse("1101051949123A002X", today=TODAY)
    assert codes(result) == ["id_characters"]
    assert isinstance(result.problems[0], IdBadCharacters)
    assert result.problems[0].facts == {"characters": "A"}
    assert result.birth_date is None


def test_x_in_a_15_digit_number_is_a_bad_character():
    """GIVEN 15 characters ending in X (old numbers had no check character)
    WHEN analysed
    THEN the problem is bad characters."""
    assert codes(analyse("11010549123100X", today=TODAY)) == ["id_characters"]


def test_wrong_check_character_names_the_expected_one():
    """GIVEN the valid number with its last character changed to 1
    WHEN analysed
    THEN the warning says X was expected, and birth date and sex are still derived."""
    result = analyse("110105194912310021", today=TODAY)
    assert codes(result) == ["id_check_character"]
    problem = result.problems[0]
    assert isinstance(problem, IdCheckCharacter)
    assert problem.facts == {"expected": "X", "found": "1"}
    assert "expected X" in problem.message()
    assert result.birth_date == datetime.date(1949, 12, 31)
    assert result.sex == "F"


def test_impossible_date_is_reported():
    """GIVEN a number (with a right check character) born on 30 February 1949
    WHEN analysed
    THEN the warning is "not a real date" with the digits, and there is no birth date."""
    first17 = "11010519490230002"
    result = analyse(first17 + check_character(first17), today=TODAY)
    assert codes(result) == ["id_birth_date_invalid"]
    assert isinstance(result.problems[0], IdImpossibleDate)
    assert result.problems[0].facts == {"digits": "19490230"}
    assert result.birth_date is None


def test_future_birth_date_is_reported():
    """GIVEN a number born the day after today
    WHEN analysed
    THEN the warning is "in the future", naming the date."""
    first17 = "11010520250602002"
    result = analyse(first17 + check_character(first17), today=TODAY)
    assert codes(result) == ["id_birth_date_future"]
    assert isinstance(result.problems[0], IdFutureBirthDate)
    assert "2025-06-02" in result.problems[0].message()


def test_birth_today_is_not_future():
    """GIVEN a number born today
    WHEN analysed
    THEN there is no problem."""
    first17 = "11010520250601002"
    assert analyse(first17 + check_character(first17), today=TODAY).ok


def test_unknown_region_code_is_reported():
    """GIVEN a number with region code 999999, which is no Chinese region
    WHEN analysed
    THEN the warning names the region code and there is no region name."""
    first17 = "99999919491231002"
    result = analyse(first17 + check_character(first17), today=TODAY)
    assert codes(result) == ["id_region_unknown"]
    assert isinstance(result.problems[0], IdUnknownRegion)
    assert result.problems[0].facts == {"region_code": "999999"}
    assert result.region_name is None


def test_problems_are_warnings_on_the_id_field():
    """GIVEN any problem found in a number
    WHEN it is inspected
    THEN it is a DeskError, a warning, on the field id_number, with a stable code."""
    problem = analyse("110105194912310021", today=TODAY).problems[0]
    assert isinstance(problem, DeskError)
    assert isinstance(problem, IdProblem)
    assert problem.warning is True
    assert problem.field == "id_number"
    assert problem.code == "id_check_character"


def test_message_goes_through_translate():
    """GIVEN a check-character problem
    WHEN its message is made with a translate function
    THEN the template is looked up in the DeskError context and filled with the facts."""
    problem = analyse("110105194912310021", today=TODAY).problems[0]
    seen = []

    def translate(context, text):
        seen.append(context)
        return "校验码不符：应为 {expected}。"

    assert problem.message(translate) == "校验码不符：应为 X。"
    assert seen == ["DeskError"]


def test_no_mismatch_when_entries_agree():
    """GIVEN a valid number and the same birth date and sex entered
    WHEN compared
    THEN there are no mismatches."""
    result = analyse("11010519491231002X", today=TODAY)
    assert mismatches(result, entered_birth_date=datetime.date(1949, 12, 31), entered_sex="F") == ()


def test_birth_date_mismatch():
    """GIVEN a valid number born 1949-12-31 and 1950-12-31 entered
    WHEN compared
    THEN one birth-date warning holds both dates."""
    result = analyse("11010519491231002X", today=TODAY)
    (problem,) = mismatches(result, entered_birth_date=datetime.date(1950, 12, 31))
    assert isinstance(problem, IdBirthDateMismatch)
    assert problem.facts == {"entered": "1950-12-31", "id_birth_date": "1949-12-31"}
    assert problem.warning and problem.field == "id_number"


def test_sex_mismatch():
    """GIVEN a woman's number and male entered
    WHEN compared
    THEN one sex warning holds both values."""
    result = analyse("11010519491231002X", today=TODAY)
    (problem,) = mismatches(result, entered_sex="M")
    assert isinstance(problem, IdSexMismatch)
    assert problem.facts == {"entered": "M", "id_sex": "F"}


def test_nothing_to_compare_gives_no_mismatch():
    """GIVEN a number of the wrong length, and entries for birth date and sex
    WHEN compared
    THEN there are no mismatches (nothing was derived to compare with)."""
    result = analyse("1234", today=TODAY)
    assert mismatches(result, entered_birth_date=datetime.date(1950, 1, 1), entered_sex="M") == ()


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519491231002X", "110105********002X"),
        ("11010519491231002x", "110105********002X"),
        ("110105491231002", "110**********02"),
        ("12345678", "12****78"),
        ("1234", "1**4"),
        ("12", "**"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask(number, masked):
    """GIVEN a number of some length
    WHEN masked
    THEN 18 characters keep first 6 and last 4, others at most first 3 and last 2."""
    assert mask(number) == masked


def test_analysis_offers_the_masked_number():
    """GIVEN an analysed 15-digit number
    WHEN its masked form is asked for
    THEN it is the mask of the upgraded 18-character number."""
    assert analyse("110105491231002", today=TODAY).masked == "110105********002X"
