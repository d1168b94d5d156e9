"""Which facet a heading of a job description names: one table (`HEADINGS`, by folded heading), then
`PHRASES` in order (starts with, or contains). A heading in neither is no known facet and is kept
under its own words. A new variant is a table line, not a branch."""

import re
import unicodedata

from knowledge import sections as S

ABOUT, RESP, REQ, NICE = S.ABOUT, S.KEY_RESPONSIBILITIES, S.REQUIREMENTS, S.NICE_TO_HAVE
PAY, PERKS, WHERE, TYPE = S.COMPENSATION, S.PERKS, S.LOCATION, S.EMPLOYMENT_TYPE
OFF = S.NOT_ABOUT_ROLE

HEADINGS: dict[str, str] = {
    # overview
    "about the role": ABOUT, "the role": ABOUT, "about the job": ABOUT, "about this role": ABOUT,
    "about the position": ABOUT, "overview": ABOUT, "role overview": ABOUT, "position overview": ABOUT,
    "summary": ABOUT, "job summary": ABOUT, "role summary": ABOUT, "what the job is": ABOUT,
    "the opportunity": ABOUT, "your mission": ABOUT, "mission": ABOUT, "job description": ABOUT,
    "description": ABOUT, "about you and the role": ABOUT, "role": ABOUT, "the job": ABOUT,
    "the position": ABOUT, "your role": ABOUT, "about the opportunity": ABOUT, "role description": ABOUT,
    # the summary a working doc or a chatty post opens with ("TL;DR", "In short", "At a glance")
    "tl dr": ABOUT, "tldr": ABOUT, "in short": ABOUT, "at a glance": ABOUT, "in a nutshell": ABOUT,
    "the short version": ABOUT, "quick summary": ABOUT, "the gist": ABOUT,
    # a public-sector job specification's words for the role ("the post") and its setting
    "the post": ABOUT, "about the post": ABOUT, "purpose of the post": ABOUT, "main purpose of the post": ABOUT,
    "main purpose of the job": ABOUT, "main purpose of the role": ABOUT, "background to the post": S.COMPANY,
    "background to the role": S.COMPANY, "organisational context": S.COMPANY, "organizational context": S.COMPANY,
    "job purpose": ABOUT, "position summary": ABOUT, "position purpose": ABOUT, "job overview": ABOUT, "purpose of the role": ABOUT, "the challenge": ABOUT, "your impact": ABOUT,
    # responsibilities
    "responsibilities": RESP, "key responsibilities": RESP, "your responsibilities": RESP,
    "what you ll do": RESP, "what you will do": RESP, "what you ll be doing": RESP,
    "what you will be doing": RESP, "what you ll work on": RESP, "your tasks": RESP, "tasks": RESP,
    "duties": RESP, "essential duties": RESP, "duties and responsibilities": RESP,
    "essential functions": RESP, "essential job functions": RESP, "essential duties and functions": RESP,
    "in this role you will": RESP, "here s what your week looks like": RESP, "the work": RESP,
    "day to day": RESP, "your day to day": RESP, "what your day looks like": RESP, "scope": RESP,
    "job duties": RESP, "accountabilities": RESP, "what you ll own": RESP, "main duties": RESP,
    "you will": RESP, "what you ll achieve": RESP, "key accountabilities": RESP,
    "what the job involves": RESP, "what the role involves": RESP, "what s involved": RESP,
    "key result areas": RESP, "key responsibility areas": RESP, "key tasks": RESP, "main tasks": RESP,
    "your key tasks": RESP, "main responsibilities": RESP,
    # requirements (must-have)
    "requirements": REQ, "qualifications": REQ, "minimum qualifications": REQ,
    "required qualifications": REQ, "basic qualifications": REQ, "must have": REQ, "must haves": REQ,
    "what you ll bring": REQ, "what you bring": REQ, "what you ll need": REQ, "what you need": REQ,
    "who you are": REQ, "your profile": REQ, "what we look for": REQ, "what we re looking for": REQ,
    "you might be a fit if you": REQ, "you ll be great at this if you": REQ, "about you": REQ,
    "you have": REQ, "you should have": REQ, "skills and experience": REQ, "requirements and skills": REQ,
    "what we expect": REQ, "what we ask": REQ, "what we ask of you": REQ, "key requirements": REQ, "job requirements": REQ, "we re looking for": REQ,
    "the person": REQ, "ideal candidate": REQ, "the ideal candidate": REQ, "about the candidate": REQ,
    "person specification": REQ, "essential": REQ, "essential criteria": REQ, "you are": REQ,
    "you bring": REQ, "you ll need": REQ, "what you will bring": REQ, "who we re looking for": REQ,
    "required skills": REQ, "required": REQ, "desired candidate profile": REQ, "candidate profile": REQ,
    "desired profile": REQ, "what we need": REQ, "key skills": REQ, "key skills and experience": REQ, "competencies": REQ,
    "minimum requirements": REQ, "essential skills": REQ, "essential requirements": REQ,
    "what we need from you": REQ, "what we re looking for in you": REQ, "what you ll need to succeed": REQ,
    "you probably have": REQ, "you need": REQ, "what you need to have": REQ, "qualifications and experience": REQ,
    "key performance areas": RESP, "key performance area": RESP, "purpose of the job": ABOUT, "the gig": ABOUT,
    "objectives of the assignment": ABOUT, "background": S.COMPANY,
    "remuneration and conditions": PAY, "rate of pay": PAY,
    "package": PAY, "salary package": PAY,  # "Package: R420 000 – R480 000 (total cost to company)"
    # nice-to-have
    "advantageous": NICE, "would be lovely": NICE,
    "nice to have": NICE, "nice to haves": NICE, "added advantage": NICE, "an added advantage": NICE,
    "added advantages": NICE, "assets": NICE, "asset": NICE, "considered an asset": NICE, "bonus points": NICE, "bonus": NICE, "preferred": NICE,
    "preferred qualifications": NICE, "good to have": NICE, "pluses": NICE, "plus": NICE,
    "extra credit": NICE, "desirable": NICE, "desirable criteria": NICE, "preferred skills": NICE, "meriting": NICE, "merits": NICE, "it s a plus if you have": NICE, "even better if you": NICE,
    "nice extras": NICE, "desirable skills": NICE, "extras": NICE, "nice if you have": NICE,
    # skills, education, experience
    "skills": S.HARD_SKILLS, "technical skills": S.HARD_SKILLS, "hard skills": S.HARD_SKILLS,
    "tech stack": S.HARD_SKILLS, "our stack": S.HARD_SKILLS, "tools": S.HARD_SKILLS,
    "soft skills": S.SOFT_SKILLS, "education": S.EDUCATION_MINIMUM,
    "education requirements": S.EDUCATION_MINIMUM, "experience": S.EXPERIENCE_RANGE,
    "experience requirements": S.EXPERIENCE_RANGE,
    # pay
    "compensation": PAY, "salary": PAY, "day rate": PAY, "daily rate": PAY, "hourly rate": PAY, "pay": PAY, "salary range": PAY, "pay range": PAY, "rate": PAY,
    "compensation and benefits": PAY, "pay and schedule": PAY, "pay and hours": PAY, "hours and pay": PAY, "pay and benefits": PAY, "base salary": PAY, "total rewards": PAY,
    "ctc": PAY, "ctc offered": PAY, "expected ctc": PAY,  # India: cost to company, the yearly package
    "the package": PAY, "salary and benefits": PAY, "compensation package": PAY, "rate and terms": PAY,
    # the range a requisition is to be advertised with, as a hiring manager's notes label it
    "posted range": PAY, "advertised range": PAY, "posting range": PAY, "comp range": PAY, "compensation range": PAY,
    # benefits
    "benefits": PERKS, "perks": PERKS, "perks and benefits": PERKS, "benefits and perks": PERKS,
    "what we offer": PERKS, "what you get": PERKS, "what we offer you": PERKS, "why join us": PERKS, "our benefits": PERKS,
    "we offer": PERKS, "we can offer": PERKS, "what s in it for you": PERKS, "what we can offer": PERKS, "our offer": PERKS, "rewards": PERKS,
    # where, how
    "rotation": TYPE, "roster": TYPE, "employment": TYPE,  # "Rotation: 28 days on / 28 days off"
    "location": WHERE, "duty station": WHERE, "place of work": WHERE, "where": WHERE, "remote": WHERE, "location and remote": WHERE, "where you ll work": WHERE,
    "work arrangement": WHERE, "working arrangement": WHERE, "hybrid work": WHERE, "remote work": WHERE,
    "work location": WHERE, "base": WHERE, "operation": WHERE, "work base": WHERE, "based at": WHERE, "job location": WHERE, "job locations": WHERE, "office": WHERE, "locations": WHERE,
    "primary location": WHERE, "campus": WHERE, "site": WHERE, "work site": WHERE, "place of work": WHERE, "remote type": WHERE, "time type": TYPE,
    "working pattern": TYPE, "employment type": TYPE, "type": TYPE,
    "shift": TYPE, "shift pattern": TYPE,
    "schedule": TYPE, "hours": TYPE, "contract": TYPE, "commitment": TYPE, "working hours": TYPE,
    "hours of work": TYPE, "contract type": TYPE, "job type": TYPE,
    # levels and career
    "levels": S.LEVELS, "levels at a glance": S.LEVELS, "career levels": S.LEVELS, "level": S.LEVELS,
    "career path": S.CAREER_PATH, "career progression": S.CAREER_PATH, "growth": S.CAREER_PATH,
    "promotion process": S.CAREER_PATH, "career ladder": S.CAREER_PATH, "where this role can lead": S.CAREER_PATH,
    # hiring
    "hiring process": S.HIRING_PROCESS, "interview process": S.HIRING_PROCESS,
    "our hiring process": S.HIRING_PROCESS, "interview loop": S.HIRING_PROCESS,
    "recruitment process": S.HIRING_PROCESS, "what to expect": S.HIRING_PROCESS,
    "next steps": S.HIRING_PROCESS, "how we hire": S.HIRING_PROCESS, "application process": S.HIRING_PROCESS,
    "selection process": S.HIRING_PROCESS, "process": S.HIRING_PROCESS, "selection process details": S.HIRING_PROCESS,
    # team, company
    "team": S.TEAM, "the team": S.TEAM, "about the team": S.TEAM, "reporting line": S.TEAM,
    "reports to": S.TEAM, "accountable to": S.TEAM, "responsible to": S.TEAM, "department": S.TEAM, "team and collaboration": S.TEAM,
    "about us": S.COMPANY, "who we are": S.COMPANY, "about the company": S.COMPANY, "company": S.COMPANY,
    "our company": S.COMPANY, "our mission": S.COMPANY,
    "organization": S.COMPANY, "organisation": S.COMPANY, "employer": S.COMPANY, "hiring company": S.COMPANY,
    "company name": S.COMPANY, "hiring organization": S.COMPANY, "company description": S.COMPANY,
    # not about the role
    "how to apply": OFF, "to apply": OFF, "apply": OFF, "apply now": OFF,
    "equal opportunity": OFF, "equal employment opportunity": OFF, "eeo statement": OFF,
    "equal opportunity employer": OFF, "diversity and inclusion": OFF, "pay transparency notice": OFF,
    "legal": OFF, "privacy notice": OFF, "similar jobs": OFF, "join our talent community": OFF,
    "resources": OFF, "share this job": OFF, "apply for this job": OFF, "apply for this position": OFF, "related jobs": OFF, "other jobs": OFF, "more jobs": OFF, "other openings": OFF, "attachments": OFF, "cookie": OFF, "cookies": OFF,
}

# A newspaper ad's and a spreadsheet's short forms: "Req'd:", "Sal:", "Gross pay (EUR)", "Hourly pay".
HEADINGS.update({"req d": REQ, "reqd": REQ, "reqs": REQ, "sal": PAY, "gross pay": PAY, "hourly pay": PAY,
                 "net pay": PAY, "base pay": PAY})

# The headings of postings written in German, French, Dutch, Spanish, Italian, Polish and Portuguese, folded (no
# accents).
HEADINGS.update({
    # German
    "aufgaben": RESP, "deine aufgaben": RESP, "ihre aufgaben": RESP, "deine aufgaben bei uns": RESP,
    "ihre aufgaben bei uns": RESP, "das erwartet dich": RESP, "das erwartet sie": RESP, "was dich erwartet": RESP,
    "was sie erwartet": RESP, "dein profil": REQ, "ihr profil": REQ, "das bringst du mit": REQ,
    "das bringen sie mit": REQ, "was du mitbringst": REQ, "was sie mitbringen": REQ, "anforderungen": REQ,
    "qualifikationen": REQ, "von vorteil": NICE, "wunschenswert": NICE, "wir bieten": PERKS,
    "das bieten wir": PERKS, "das bieten wir dir": PERKS, "das bieten wir ihnen": PERKS, "was wir bieten": PERKS,
    "unser angebot": PERKS, "uber uns": S.COMPANY, "wer wir sind": S.COMPANY, "gehalt": PAY, "vergutung": PAY,
    "standort": WHERE, "arbeitsort": WHERE, "kontakt": OFF, "bewerbung": OFF, "lohn": PAY, "lohn brutto": PAY,
    "pensum": TYPE, "arbeitspensum": TYPE,  # Swiss "Pensum 80%": the share of a full-time week
    # French
    "missions": RESP, "vos missions": RESP, "tes missions": RESP, "vos responsabilites": RESP, "le poste": ABOUT,
    "profil recherche": REQ, "votre profil": REQ, "ton profil": REQ, "competences requises": REQ,
    "atouts": NICE, "les plus": NICE, "nous offrons": PERKS, "ce que nous offrons": PERKS, "avantages": PERKS,
    "pourquoi nous rejoindre": PERKS, "a propos de nous": S.COMPANY, "qui sommes nous": S.COMPANY,
    "remuneration": PAY, "salaire": PAY, "lieu": WHERE, "lieu de travail": WHERE,
    # Dutch
    "wat ga je doen": RESP, "jouw taken": RESP, "taken": RESP, "wat breng je mee": REQ, "wat vragen wij": REQ,
    "wat wij vragen": REQ, "functie eisen": REQ, "functieeisen": REQ, "jouw profiel": REQ, "pluspunten": NICE,
    "wat bieden wij": PERKS, "wat wij bieden": PERKS, "arbeidsvoorwaarden": PERKS, "over ons": S.COMPANY,
    "salaris": PAY, "standplaats": WHERE, "werklocatie": WHERE, "interesse": OFF, "solliciteren": OFF,
    "locatie": WHERE, "werktijden": TYPE,
    # Spanish
    "responsabilidades": RESP, "funciones": RESP, "tus funciones": RESP, "requisitos": REQ, "perfil": REQ,
    "que buscamos": REQ, "deseable": NICE, "valorable": NICE, "ofrecemos": PERKS, "que ofrecemos": PERKS,
    "beneficios": PERKS, "sobre nosotros": S.COMPANY, "salario": PAY, "ubicacion": WHERE,
    # Italian
    "cosa farai": RESP, "di cosa ti occuperai": RESP, "mansioni": RESP, "responsabilita": RESP,
    "attivita": RESP, "principali attivita": RESP, "il ruolo": ABOUT, "requisiti": REQ,
    "requisiti richiesti": REQ, "profilo ricercato": REQ, "il profilo": REQ, "competenze richieste": REQ,
    "costituira titolo preferenziale": NICE, "titolo preferenziale": NICE, "graditi": NICE,
    "cosa offriamo": PERKS, "offriamo": PERKS, "si offre": PERKS, "chi siamo": S.COMPANY,
    "retribuzione": PAY, "sede di lavoro": WHERE, "sede": WHERE, "luogo di lavoro": WHERE,
    # Polish (Pracuj.pl's sections)
    "twoj zakres obowiazkow": RESP, "zakres obowiazkow": RESP, "obowiazki": RESP, "nasze wymagania": REQ,
    "wymagania": REQ, "mile widziane": NICE, "to oferujemy": PERKS, "oferujemy": PERKS, "co oferujemy": PERKS,
    "benefity": PERKS, "etapy rekrutacji": S.HIRING_PROCESS, "o firmie": S.COMPANY, "o nas": S.COMPANY,
    "wynagrodzenie": PAY, "miejsce pracy": WHERE, "organizacja pracy": TYPE,
    # Brazilian Portuguese (Gupy's sections)
    "descricao da vaga": ABOUT, "sobre a vaga": ABOUT, "responsabilidades e atribuicoes": RESP, "atribuicoes": RESP,
    "atividades": RESP, "requisitos e qualificacoes": REQ, "qualificacoes": REQ, "diferenciais": NICE,
    "sera um diferencial": NICE, "informacoes adicionais": S.DETAILS, "etapas do processo": S.HIRING_PROCESS,
    "o que oferecemos": PERKS, "sobre nos": S.COMPANY, "sobre a empresa": S.COMPANY, "local de trabalho": WHERE,
    "escala": TYPE, "jornada": TYPE,
    # French, Spanish and German headings the earlier tables lack (Personio's and other ATSs' sections)
    "le domaine": S.COMPANY, "l entreprise": S.COMPANY, "notre entreprise": S.COMPANY, "la maison": S.COMPANY,
    "pour postuler": OFF, "comment postuler": OFF, "candidature": OFF, "postuler": OFF,
    "conditions": PERKS, "conditions de travail": PERKS, "conditions d emploi": PERKS, "horaires": TYPE,
    "se valorara": NICE, "valorable": NICE, "requisitos deseables": NICE, "deseable": NICE,
    "como aplicar": OFF, "como postular": OFF, "como postularse": OFF, "remuneracion": PAY, "condiciones": PERKS,
    # the application itself, as a closing heading names it in the languages postings come in ("Application",
    # "Ihre Bewerbung", "Votre candidature", "Solicitud", "Candidatura", "Sollicitatie"): how to apply
    "application": OFF, "applications": OFF, "your application": OFF, "applying": OFF, "making an application": OFF,
    "ihre bewerbung": OFF, "deine bewerbung": OFF, "votre candidature": OFF, "ta candidature": OFF,
    "solicitud": OFF, "solicitudes": OFF, "postulacion": OFF, "candidatura": OFF, "la tua candidatura": OFF,
    "sollicitatie": OFF, "jouw sollicitatie": OFF, "uw sollicitatie": OFF, "aplikacja": OFF,
    "so bewirbst du dich": OFF, "so bewerben sie sich": OFF, "konditionen": PERKS, "rahmenbedingungen": PERKS,
    "sueldo": PAY, "prestaciones": PERKS, "horario": TYPE,  # a Mexican tracker's columns
    "you ll": RESP, "shifts": TYPE, "you ll be": RESP, "you ll have": REQ, "rate and contract": PAY,
    "we require": REQ, "we expect": REQ, "an advantage": NICE, "advantage": NICE, "optional": NICE,
    # Chinese (Zhaopin's, BOSS Zhipin's and a Feishu base's columns) and Korean (Saramin's sections)
    "岗位职责": RESP, "工作职责": RESP, "工作内容": RESP, "职位描述": ABOUT, "任职要求": REQ, "岗位要求": REQ,
    "任职资格": REQ, "加分项": NICE, "优先条件": NICE, "福利待遇": PERKS, "福利": PERKS, "薪资": PAY,
    "薪资待遇": PAY, "薪酬": PAY, "工作地点": WHERE, "部门": S.TEAM, "联系方式": OFF, "投递方式": OFF,
    "담당업무": RESP, "주요업무": RESP, "자격요건": REQ, "우대사항": NICE, "복리후생": PERKS, "급여": PAY,
    "근무지": WHERE, "근무지역": WHERE, "지원방법": OFF,
})

# (how, phrase, facet), tried in order when a heading is not in HEADINGS.
STARTS, CONTAINS, ENDS = "starts", "contains", "ends"
PHRASES: tuple[tuple[str, str, str], ...] = (
    (CONTAINS, "nice to have", NICE),
    (CONTAINS, "bonus point", NICE),
    (CONTAINS, "would be great if", NICE),
    (STARTS, "desirable ", NICE),  # "Desirable qualifications", "Desirable experience"
    (STARTS, "essential ", REQ),  # "Essential experience", "Essential knowledge"  # "It would be great if you also had"
    (CONTAINS, "home time", WHERE),  # a driver's "Route & Home Time": where the runs go and when you are home
    (CONTAINS, "titolo preferenziale", NICE),  # "Costituiranno titolo preferenziale"
    (CONTAINS, "preferred qualification", NICE),
    (CONTAINS, "interview", S.HIRING_PROCESS),
    (CONTAINS, "hiring process", S.HIRING_PROCESS),
    (CONTAINS, "equal opportunity", OFF),
    (CONTAINS, "equal employment", OFF),
    (CONTAINS, "how to apply", OFF),
    (CONTAINS, "responsibilit", RESP),
    (CONTAINS, "duties", RESP),  # "Main duties of the job"
    (CONTAINS, "requirement", REQ),
    (CONTAINS, "qualification", REQ),
    (CONTAINS, "benefit", PERKS),
    (CONTAINS, "compensation", PAY),
    (CONTAINS, "salary", PAY),
    (STARTS, "gross pay ", PAY),  # a sheet's "Gross pay (EUR)", "Hourly pay (NOK)"
    (STARTS, "hourly pay ", PAY),
    (ENDS, " remuneration", PAY),  # "Duration, location and remuneration" of terms of reference
    (STARTS, "what you ll do", RESP),
    (STARTS, "what you will do", RESP),
    (STARTS, "what you d do", RESP),
    (STARTS, "what we require", REQ),
    (STARTS, "bonus if you", NICE),  # "Bonus if you have"
    (STARTS, "bonus points", NICE),  # a post's conditional: "What you'd do"
    (STARTS, "what you would do", RESP),
    (STARTS, "what you ll bring", REQ),
    (STARTS, "what we offer", PERKS),
    (STARTS, "about the role", ABOUT),
    (STARTS, "about the team", S.TEAM),
    (STARTS, "about ", S.COMPANY),  # "About Pinecrest"
    (STARTS, "why ", PERKS),  # "Why Kiteline"
    (STARTS, "location", WHERE),
    (CONTAINS, "remote", WHERE),
    (CONTAINS, "career path", S.CAREER_PATH),
    (CONTAINS, "promotion", S.CAREER_PATH),
    (CONTAINS, "levels", S.LEVELS),
    # a lead-in over the duties: "As a Policy Adviser in the Funding team you will:"
    (ENDS, " you will", RESP),
    (ENDS, " you ll", RESP),
)


# Field names written in another language, by their English name: a sheet's "Eintritt" is its start date.
FIELD_NAMES = {"eintritt": "Start date", "eintrittsdatum": "Start date", "arbeitsbeginn": "Start date",
               "stellenantritt": "Start date", "date de debut": "Start date", "prise de poste": "Start date",
               "startdatum": "Start date", "fecha de inicio": "Start date", "data di inizio": "Start date",
               "kontakt": "Contact", "ansprechpartner": "Contact", "ansprechperson": "Contact"}


def fold(text: str) -> str:
    """A heading as the tables spell it: lower case, '&' as 'and', no
    punctuation, emoji or Markdown escapes. Chinese, Japanese and Korean letters stay (composed):
    a heading in them has no other letters to be told by."""
    text = unicodedata.normalize("NFKC", text).replace("&", " and ").replace("\\", "")
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text)  # "Über uns", "Rémunération" unaccented
                   if unicodedata.category(ch) not in ("So", "Sk", "Cf", "Mn"))
    return re.sub(r"[^0-9a-z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]+", " ",
                  unicodedata.normalize("NFC", text).casefold()).strip()


_CJK = "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"


def facet(heading: str) -> str | None:
    """The facet `heading` names, or None when it is no known one. A heading in
    two scripts ("勤務地 Location") is known by either script's words."""
    folded = fold(heading)
    if not folded:
        return None
    if re.search(f"[{_CJK}]", folded) and re.search("[a-z]", folded):
        return next(filter(None, (_facet_of(" ".join(re.sub(p, " ", folded).split()))
                                  for p in (f"[{_CJK}]+", f"[^{_CJK}]+"))), None) or _facet_of(folded)
    return _facet_of(folded)


def _facet_of(folded: str) -> str | None:
    if not folded:
        return None
    if folded in HEADINGS:
        return HEADINGS[folded]
    # Korean spaces its words or not as the writer likes: "자격 요건" is "자격요건"
    unspaced = re.sub(f"(?<=[{_CJK}]) (?=[{_CJK}])", "", folded)
    if unspaced in HEADINGS:
        return HEADINGS[unspaced]
    for how, phrase, name in PHRASES:
        if folded.startswith(phrase) if how == STARTS else folded.endswith(phrase) if how == ENDS \
                else f" {phrase}" in f" {folded}":
            return name
    return None
