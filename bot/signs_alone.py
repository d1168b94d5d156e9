"""A message of nothing but a currency sign: "$?", "££?", "€" typed after a
role's answer.

Alone, with roles in the conversation, it asks their pay, or, right after
their pay, what currency that is. Inside a longer question a sign is part of
an amount ("over $200k") and is never read this way, and with no role in the
conversation the sign asks nothing, so the help answers it as before.
"""

import re

from bot import vocabulary as V
from knowledge import Context

# Signs of money; a message of only these (and question marks) asks about pay.
MONEY_SIGNS = "$€£¥₹₩₽₪₺฿₫₦₱"
_ALONE = re.compile(rf"\s*[{re.escape(MONEY_SIGNS)}]+\s*[?!.]*\s*")
# What such a message asks, in the words the reader already answers.
ASKS_PAY, ASKS_CURRENCY = "pay?", "currency?"


def alone(text: str | None) -> bool:
    """Whether the whole message is currency signs, maybe with a question mark."""
    return bool(text) and _ALONE.fullmatch(text) is not None


def asked(context: Context | None) -> str | None:
    """The question a lone sign asks in `context`: the pay of the roles in
    question, or their currency when their pay was just shown; None with no
    role to ask it of, or while a question back waits for a pick."""
    if context is None or not context.role_ids or context.choosing:
        return None
    return ASKS_CURRENCY if context.intent == V.SALARY else ASKS_PAY
