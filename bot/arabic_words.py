"""Arabic question and job-title words, read as the English words every later step reads.

A Gulf recruiter asks "مطلوب موظف علاقات ضيوف - الراتب كم؟" ("guest relations
staff wanted: how much is the salary?"). The tokenizer's words are Latin
letters, so the question read as empty. Each Arabic word the table holds,
with or without its article ("ال") or a joined "and" ("و"), becomes the
English words it stands for, where the user's word stood; the others stay
unread, as before. A phrase whose English order is the other way round
("علاقات ضيوف", relations of guests: guest relations) is held whole.
"""

WORDS: dict[str, tuple[str, ...]] = {
    # what is asked
    "راتب": ("salary",), "رواتب": ("salary",), "الراتب": ("salary",), "اجر": ("pay",), "أجر": ("pay",),
    "كم": ("how", "much"), "متطلبات": ("requirements",), "شروط": ("requirements",), "مؤهلات": ("qualifications",),
    "مزايا": ("benefits",), "موقع": ("location",), "مكان": ("location",), "أين": ("where",), "وين": ("where",),
    "ساعات": ("hours",), "دوام": ("hours",), "خبرة": ("experience",), "مهام": ("responsibilities",),
    "سكن": ("accommodation",), "تقديم": ("apply",), "التقديم": ("apply",),
    # what titles are made of
    "مهندس": ("engineer",), "مدير": ("manager",), "فني": ("technician",), "طاهي": ("chef",), "شيف": ("chef",),
    "محاسب": ("accountant",), "سائق": ("driver",), "ممرض": ("nurse",), "ممرضة": ("nurse",), "مبيعات": ("sales",),
    "مشرف": ("supervisor",), "مساعد": ("assistant",), "استقبال": ("reception",),
}
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("علاقات", "ضيوف"): ("guest", "relations"), ("علاقات", "الضيوف"): ("guest", "relations"),
    ("خدمة", "عملاء"): ("customer", "service"), ("خدمة", "العملاء"): ("customer", "service"),
}
# A letter joined before a word: "and" (و), "for/to" (ل), "with/by" (ب); and the article.
_PREFIXES = ("وال", "بال", "لل", "ال", "و")


def english(word: str) -> tuple[str, ...] | None:
    """The English words of one Arabic word, its article or joined "and" set aside; None when unknown."""
    if word in WORDS:
        return WORDS[word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2 and word[len(prefix):] in WORDS:
            return WORDS[word[len(prefix):]]
    return None
