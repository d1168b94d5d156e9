"""Spanish (and Portuguese and French) job-title words, read as the English words every later step reads.

A Mexican plant posts a "Técnico de Mantenimiento Industrial"; the recruiter
asks for "the maintenance tech". The title and the question are cut by the
same table (`bot.text.tokenize`, both for names and questions), so
"técnico" and "technician" are one word on both sides, as
`bot.unspaced_words` makes "工程师" and "engineer" one.

Only words that are no English or French word of their own are here: "chef"
and "supervisor" stay themselves, and "de" stays the name's own word (a
title is never translated as a question is: "Chef de Partie").
Keys are folded as tokens are (lower case, no accents)."""

_WORDS: dict[str, tuple[str, ...]] = {
    "tecnico": ("technician",), "tecnica": ("technician",), "mantenimiento": ("maintenance",),
    "empaque": ("packing",), "empacador": ("packer",), "empacadora": ("packer",), "turno": ("shift",),
    "nocturno": ("night",), "operador": ("operator",), "operadora": ("operator",), "ayudante": ("helper",),
    "auxiliar": ("assistant",), "gerente": ("manager",), "jefe": ("head",), "vendedor": ("salesperson",),
    "vendedora": ("salesperson",), "ventas": ("sales",), "cocinero": ("cook",), "cocinera": ("cook",),
    "mesero": ("waiter",), "mesera": ("waiter",), "chofer": ("driver",), "conductor": ("driver",),
    "almacenista": ("warehouse", "clerk"), "almacen": ("warehouse",), "enfermero": ("nurse",),
    "enfermera": ("nurse",), "ingeniero": ("engineer",), "ingeniera": ("engineer",), "contador": ("accountant",),
    "contadora": ("accountant",), "limpieza": ("cleaning",), "montacargas": ("forklift",),
    "soldador": ("welder",), "electricista": ("electrician",), "calidad": ("quality",),
    "produccion": ("production",), "recepcionista": ("receptionist",), "seguridad": ("security",),
    "guardia": ("guard",), "mecanico": ("mechanic",), "analista": ("analyst",), "desarrollador": ("developer",),
    "programador": ("programmer",), "disenador": ("designer",), "maestro": ("teacher",), "profesor": ("teacher",),
    # Portuguese, where it writes the title otherwise ("Técnico(a) de Enfermagem")
    "enfermagem": ("nursing",), "manutencao": ("maintenance",), "cozinheiro": ("cook",), "cozinheira": ("cook",),
    "desenvolvedor": ("developer",), "vendas": ("sales",), "qualidade": ("quality",), "producao": ("production",),
    # French, where it writes the title otherwise ("Technicien de maintenance industrielle (H/F)",
    # "Comptable fournisseurs"): asked in English as "the maintenance technician", "the accountant"
    "technicien": ("technician",), "technicienne": ("technician",), "industrielle": ("industrial",),
    "industriel": ("industrial",), "ingenieur": ("engineer",), "ingenieure": ("engineer",),
    "comptable": ("accountant",), "infirmier": ("nurse",), "infirmiere": ("nurse",),
    "cuisinier": ("cook",), "cuisiniere": ("cook",), "vendeur": ("salesperson",), "vendeuse": ("salesperson",),
    "serveur": ("waiter",), "serveuse": ("waiter",), "soudeur": ("welder",), "electricien": ("electrician",),
    "mecanicien": ("mechanic",), "qualite": ("quality",), "magasinier": ("warehouse", "clerk"),
    "developpeur": ("developer",), "developpeuse": ("developer",), "conducteur": ("driver",),
    "operateur": ("operator",), "operatrice": ("operator",),
}
# As `bot.text._replace_spans` reads a table: each word a phrase of one.
TITLE_WORDS = {(word,): english for word, english in _WORDS.items()}
