"""A currency sign said without a figure is a word for pay.

"$?", "££?", "€ for it?", "gle $$": recruiters ask a role's pay by its sign
alone. The tokenizer keeps words and figures, so a sign standing apart from
any figure was dropped and "$?" after a role read as an empty question (the
help). `as_words` writes such a sign as "pay", so it reads as the word does:
the pay of the role named, or of the role in question. A sign beside a figure
("$200k", "65.000 €", "$ 150,000") is part of the figure, and left as it is.
"""

import re

# Signs of the currencies people type; a run of them ("$$$") is one word.
CURRENCY_SIGNS = "$€£¥₹"
# What a sign said alone reads as: the plainest pay word of the vocabulary.
PAY_WORD = "pay"
_ALONE = re.compile(rf"(?<![\w{CURRENCY_SIGNS}])(?<!\d\s)[{CURRENCY_SIGNS}]+(?![\w{CURRENCY_SIGNS}])(?!\s*\d)")


def as_words(text: str) -> str:
    """`text` with each run of currency signs that stands apart from any
    figure and word written as PAY_WORD."""
    if not any(sign in text for sign in CURRENCY_SIGNS):
        return text
    return _ALONE.sub(PAY_WORD, text)
