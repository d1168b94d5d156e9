"""Numbers a question about pay or years cannot mean: "more than 1e400",
"over 10^6", "99999999999999999999999 a year", "5000 years".

The matchers of pay and years (`bot.reading._MONEY`, `bot.thresholds`) see
runs of digits, so such a number became a part of itself ("1e400" the 1, in
thousands: $1,000; "1e3 years" 3 years) or a float that is no longer the
number typed ($99,999,999,999,999,991,611,392), and the answer was a
confident list under a filter nobody asked for. Before a filter is built
the number is looked at as typed; one that can be neither is said back,
with how to write one that can.
"""

import re

from bot import vocabulary as V
from bot.answer import NOT_UNDERSTOOD, Answer, Suggestion

# A number written as a power: "1e400", "2.5E5", "10^400", "10**6". Nobody
# writes pay or years so, and the digits either side are two numbers to a matcher.
_POWER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?:e[+-]?\d+|\s*(?:\^|\*\*)\s*[+-]?\d+)(?![\w.])", re.I)
# A number in digits, with or without thousands commas: "250000", "$1,000,000,000,000,000".
_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w.])")
# Past this no amount is pay, in any currency: a yearly salary in those with the
# most digits (Vietnamese dong, Indonesian rupiah, Iranian rial) stays under
# 10^11. Below it a float still holds every digit typed (2^53 is about 9 x 10^15).
MAX_PAY = 10 ** 12
# No working life is a century long (the banks ask up to 20 years).
MAX_YEARS = 100


def said(text: str, years: float | None, display: str = "") -> str | None:
    """The number of a (folded) pay or years question that cannot be either,
    as typed (`display`: the question as typed, where its offsets agree with
    `text`); None when every number can be. `years`: the number of years
    `bot.thresholds` read, if it read one."""
    shown = display if len(display) == len(text) else text
    if (power := _POWER.search(text)) is not None:
        return shown[power.start():power.end()]
    if years is not None and years > MAX_YEARS:
        return f"{years:g}"
    return next((shown[m.start():m.end()] for m in _DIGITS.finditer(text)
                 if float(m.group().replace(",", "")) >= MAX_PAY), None)


def answer(typed: str, years: bool) -> Answer:
    """The polite answer to a number that cannot be pay (`years`: years of experience)."""
    if years:
        title, summary = (f"I can't read {typed} as a number of years of experience.",
                          "Write it as a number of years, like “roles needing more than 10 years”.")
        example = "roles needing more than 10 years"
    else:
        title, summary = (f"I can't read {typed} as an amount of pay.",
                          "Write the amount in digits, like “roles paying more than 250k” or “$250,000”.")
        example = "roles paying more than 250k"
    return Answer(title=title, kind=NOT_UNDERSTOOD, intent=V.EXPERIENCE if years else V.SALARY, summary=summary,
                  confidence=0.0, suggestions=(Suggestion(example[0].upper() + example[1:], example),))
