"""Amounts in words against independent oracles: pytils (Russian numbers and plural forms) and
num2words (English numbers), over a table of amounts chosen for the grammar's edges."""

from __future__ import annotations

import itertools

import pytest
from num2words import num2words
from pytils import numeral

import bureau

# Whole amounts at the edges of the grammar: 1 / 2–4 / 5–20 / 11–14, 21, round scales,
# feminine thousands, a million and a thousand, large numbers.
WHOLE = [
    0, 1, 2, 3, 4, 5, 9, 10, 11, 12, 14, 15, 19, 20, 21, 22, 25, 40, 99, 100, 101, 111, 112, 121, 200,
    999, 1000, 1001, 1002, 1005, 1011, 1021, 2000, 2001, 4000, 5000, 11000, 21000, 21001, 22000,
    100000, 101000, 111111, 999999, 1000000, 1001000, 1234567, 2000000, 2000002, 21000000,
    1000000000, 2000000001, 1000001000001, 999999999999999,
]
MINOR = [0, 1, 2, 5, 11, 21, 22, 89, 99]

RU = {  # (major forms, major gender, minor forms)
    "RUB": (("рубль", "рубля", "рублей"), numeral.MALE, ("копейка", "копейки", "копеек")),
    "EUR": (("евро", "евро", "евро"), numeral.MALE, ("цент", "цента", "центов")),
    "USD": (("доллар", "доллара", "долларов"), numeral.MALE, ("цент", "цента", "центов")),
    "GBP": (("фунт стерлингов", "фунта стерлингов", "фунтов стерлингов"), numeral.MALE, ("пенс", "пенса", "пенсов")),
    "CNY": (("юань", "юаня", "юаней"), numeral.MALE, ("фэнь", "фэня", "фэней")),
}
EN = {  # (major singular, plural), (minor singular, plural)
    "RUB": (("rouble", "roubles"), ("kopeck", "kopecks")),
    "EUR": (("euro", "euros"), ("cent", "cents")),
    "USD": (("dollar", "dollars"), ("cent", "cents")),
    "GBP": (("pound", "pounds"), ("penny", "pence")),
    "CNY": (("yuan", "yuan"), ("fen", "fen")),
}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def oracle_ru(whole: int, minor: int, cur: str) -> str:
    major, gender, minor_forms = RU[cur]
    if whole == 0:
        text = "ноль " + major[2]
    elif whole < 10**11:
        text = numeral.sum_string(whole, gender, major)
    else:  # pytils stops at 10**11; num2words spells larger numbers (masculine, as these currencies are)
        text = num2words(whole, lang="ru") + " " + numeral.choose_plural(whole, major)
    return cap(f"{text} {minor:02d} {numeral.choose_plural(minor, minor_forms)}")


def oracle_en(whole: int, minor: int, cur: str) -> str:
    major, minor_forms = EN[cur]
    number = num2words(whole, lang="en").replace(",", "").replace(" and ", " ")
    return cap(f"{number} {major[0] if whole == 1 else major[1]} and {minor:02d} {minor_forms[0] if minor == 1 else minor_forms[1]}")


CASES = [
    (whole, MINOR[i % len(MINOR)], cur, lang)
    for i, (whole, cur, lang) in enumerate(itertools.product(WHOLE, RU, ["ru", "en"]))
]


def test_the_table_is_large() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("whole, minor, cur, lang", CASES)
def test_against_the_oracle(engine, whole: int, minor: int, cur: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    amount = f"{whole}.{minor:02d}"
    want = oracle_ru(whole, minor, cur) if lang == "ru" else oracle_en(whole, minor, cur)
    assert engine.amount_in_words(amount, cur, lang) == want


def test_rounds_to_the_minor_unit_first(engine) -> None:  # type: ignore[no-untyped-def]
    assert engine.amount_in_words("2.005", "RUB", "ru") == "Два рубля 01 копейка"
    assert engine.amount_in_words("-1", "EUR", "en") == "Minus one euro and 00 cents"


def test_unsupported_currency_is_an_error_with_a_path(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(bureau.InvalidInput) as err:
        engine.amount_in_words("1", "JPY", "ru")
    assert (err.value.code, err.value.errors[0]["path"]) == ("words.unsupported_currency", "/currency")
