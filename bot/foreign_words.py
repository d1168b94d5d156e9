"""Everyday words of a question as postings in other languages write them.

A recruiter asks in English about a Spanish or French posting: "is English required" of "Inglés
nivel B2", "how long is the probation" of "periodo de prueba de 6 meses", "a 13th month" of "13e
mois". Each English word below also finds its words in Spanish, French, Portuguese, German, Italian
and Dutch, as a word of a role's facts (`bot.within_role.expanded`). Ordinary words of pay, terms
and requirements only, never one document's; a foreign word that is also an English word ("vast",
"carne") is left out, since it would find English facts that do not say it.
"""

FOREIGN_WORDS = {
    # languages asked as requirements
    "english": ("inglés", "anglais", "englisch", "inglese", "inglês", "engels"),
    "french": ("francés", "français", "französisch", "francese", "francês", "frans"),
    "spanish": ("español", "espagnol", "spanisch", "spagnolo", "espanhol", "spaans"),
    "german": ("alemán", "allemand", "deutsch", "tedesco", "alemão", "duits"),
    # terms of the contract
    "probation|probationary": ("periodo de prueba", "período de prueba", "essai", "probezeit",
                               "periodo di prova", "período de experiência", "proeftijd"),
    "permanent": ("indefinido", "indefinida", "cdi", "unbefristet", "indeterminato", "efectivo"),
    # pay beyond the salary
    "13th|thirteenth": ("13e", "13ème", "treizième", "decimotercera", "tredicesima", "dertiende",
                        "décimo terceiro", "13.º"),
    "overtime": ("horas extra", "horas extras", "heures supplémentaires", "überstunden", "straordinari",
                 "overuren"),
    "holiday|holidays|vacation|vacations": ("vacaciones", "congés", "urlaub", "ferie", "férias", "vakantie"),
    "weekend|weekends": ("fin de semana", "fines de semana", "week-end", "wochenende", "fine settimana",
                         "fim de semana"),
    "training": ("formación", "formation", "weiterbildung", "formazione", "formação", "opleiding"),
    "insurance": ("seguro", "mutuelle", "versicherung", "assicurazione"),
    # what a certificate is for: "electrical certification" of "habilitation électrique"
    "electrical": ("électrique", "eléctrico", "eléctrica", "elektrisch", "elettrico", "elétrico"),
}
