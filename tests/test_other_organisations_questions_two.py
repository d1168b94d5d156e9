"""A recruiter with roles from the sixth batch of other organisations' documents
(tests/documents/real6/: a Teams channel, an ATS's CSV, a USAJOBS page, Polish and
Portuguese postings, Recruitee and Teamtailor APIs, a raw email, a LinkedIn post, a
Notion page, a PDF pack, an Excel tracker and a council's Word profile) asks about
them. Each answer comes from a shape of document the readers learned to read: a
spreadsheet's rows, an email's decoded body, a feed post's numbered roles, a Notion
callout, a person specification's columns."""

from pathlib import Path

import pytest

from bot import open_assistant
from tests.postings import ask, batch_assistant

REAL6 = Path(__file__).parent / "documents" / "real6"


recruiter = batch_assistant("recruiter", REAL6, "The sixth batch in a store of its own, asked as a recruiter asks.")


def test_a_csv_rows_pay_columns_are_one_hourly_range(recruiter):
    """Pay Min 12.85, Pay Max 13.40, Hourly, GBP: one range, not the next row's 11.60."""
    _answer, text = ask(recruiter, "what's the hourly rate for the senior care assistant (nights)?")
    assert "12.85" in text and "13.40" in text and "11.60" not in text


def test_a_pro_rata_salary_is_said_with_the_actual_pay_the_benefits_cell_gives(recruiter):
    _answer, text = ask(recruiter, "what does the activities coordinator earn?")
    assert "24,400" in text and "19,520" in text


def test_every_row_of_an_excel_tracker_is_a_role_of_the_company_its_title_names(recruiter):
    _answer, text = ask(recruiter, "which jobs does kittiwake hotels have open?")
    for title in ("Night Porter", "Housekeeping Supervisor", "Breakfast Chef"):
        assert title in text


def test_a_nice_to_have_in_polish_or_portuguese_is_a_nice_to_have(recruiter):
    """Gupy's "Diferenciais" are the nice-to-haves, not the requirements (COREN)."""
    _answer, text = ask(recruiter, "what are the diferenciais for the tecnico de enfermagem role?")
    assert "ACLS" in text and "COREN" not in text


def test_zloty_with_space_thousands_is_the_drivers_pay(recruiter):
    _answer, text = ask(recruiter, "how much does the kierowca c+e job pay?")
    assert "9 500" in text and "11 500" in text


def test_pay_from_an_api_is_said_as_the_offer_writes_it(recruiter):
    """Recruitee's "15.40"/"17.10" numbers, said as the offer writes them: "€15,40 – €17,10"."""
    _answer, text = ask(recruiter, "what's the pay for the barista shift lead?")
    assert "15,40" in text and "17,10" in text


def test_a_raw_emails_description_is_read_without_the_letter(recruiter):
    _answer, text = ask(recruiter, "what's desirable for the quantity surveyor?")
    assert "MRICS" in text and "COINS" in text and "JCT" not in text


def test_a_feed_posts_roles_each_have_their_own_pay(recruiter):
    _answer, text = ask(recruiter, "what does the solar pv installer get paid?")
    assert "£190 a day" in text and "£27k" not in text
    _answer, text = ask(recruiter, "how much is the electrical improver salary?")
    assert "£27k" in text and "£31k" in text and "£190" not in text


def test_a_notion_callouts_pay_is_the_band_and_the_internal_toggle_is_never_said(recruiter):
    _answer, text = ask(recruiter, "what's the salary band for the applied scientist?")
    assert "£85k" in text and "£105k" in text and "£110k" not in text


def test_a_person_specifications_desirable_column_is_the_nice_to_haves(recruiter):
    _answer, text = ask(recruiter, "what's desirable for the environmental health officer?")
    assert "prosecution" in text and "Idox" in text and "Food Safety Act 1990" not in text


def test_a_qualifications_preferred_line_is_not_a_requirement(recruiter):
    _answer, text = ask(recruiter, "isso qualifications needed")
    assert "specialized experience" in text and "CISSP" not in text


def test_a_pound_figure_is_said_as_written_without_the_currency_code(recruiter):
    """The tracker writes "£520 per week": the pound sign already says the currency."""
    _answer, text = ask(recruiter, "night porter pay kittiwake")
    assert "£520 per week" in text and "GBP" not in text


@pytest.mark.parametrize("question, must", [
    ("electrical improver reqs", "Level 2 Electrical Installation"),
    ("reqs for senior care assistant nights", "Enhanced DBS"),
])
def test_reqs_after_a_title_are_its_requirements(recruiter, question, must):
    """Beside a title, a recruiter's "reqs" is the role's requirements, not its openings."""
    _answer, text = ask(recruiter, question)
    assert must in text


@pytest.mark.parametrize("question, must", [
    ("wymagania kierowca c+e", "kod 95"),
    ("requisitos técnico de enfermagem", "COREN-SP"),
    ("salario tecnico de enfermagem uti", "adicional noturno"),
    ("what's the escala for the nursing tech at hospital vale verde", "12x36"),
])
def test_a_postings_own_language_heading_word_asks_for_that_section(recruiter, question, must):
    """Polish and Portuguese postings head their sections "wymagania", "requisitos",
    "salário", "escala": asked in those words, the section is answered."""
    _answer, text = ask(recruiter, question)
    assert must in text


@pytest.mark.parametrize("question, must", [
    ("what shifts does the harrowgate asst manager work", "Saturday 08:30"),
    ("qs salary + package", "£5,400 car allowance"),
])
def test_common_trade_short_forms_name_the_title(recruiter, question, must):
    """"asst" is an assistant and "QS" a quantity surveyor wherever recruiters write them."""
    _answer, text = ask(recruiter, question)
    assert must in text


@pytest.mark.parametrize("question, must", [
    ("brackenridge QS salary + package", "£5,400 car allowance"),
    ("solwick solar installer pay", "£"),
])
def test_a_name_the_documents_capitalise_beside_a_title_narrows_it(recruiter, question, must):
    """Solwick and Brackenridge post by email and LinkedIn, with no Company field:
    their names beside the title are the hiring company's, not a role the store lacks."""
    answer, text = ask(recruiter, question)
    assert must in text and "I don't have the role" not in text


def test_a_common_word_beside_a_title_is_still_a_missing_role(recruiter):
    """"security" is written in lower case in the documents: a kind of role, not a name."""
    _answer, text = ask(recruiter, "salary for the security engineer")
    assert "I don't have the role" in text


def test_a_word_beside_a_career_title_with_no_profile_is_still_a_missing_role(database_url):
    """"mobile developer": the seeds' career graph knows titles no profile has; the
    name reading asks for one profiled role and leaves these to the missing role."""
    _answer, text = ask(open_assistant(database_url), "mobile developer soft skills")
    assert "I don't have the role" in text


def test_a_licence_class_that_ends_a_title_names_its_role(recruiter):
    """"C+E" is the last word of the alias "Kierowca C+E", but a code, not a head noun
    like "engineer": said alone it names the one role whose title carries it."""
    _answer, text = ask(recruiter, "c+e driver nice to haves (mile widziane)")
    assert "SAP" in text and "przewozie paliw" in text and "Did you mean" not in text


def test_roles_paid_weekly_are_those_whose_pay_rows_are_weekly(recruiter):
    """"weekly" asked of pay is the period of the pay rows, not the word anywhere
    ("a weekly stock count", "37 hours per week")."""
    answer, text = ask(recruiter, "any roles paid weekly?")
    assert set(answer.roles) == {"Assistant Manager (Weekend Contract)", "Night Porter"}


def test_what_you_need_for_a_role_with_an_unknown_name_beside_it_asks_its_requirements(recruiter):
    """"solwick" is a name the store holds for no company, so the role is read with a
    word of its own; "what do you need for" it still asks what it requires, and "do"
    is the verb's auxiliary, not its duties."""
    _answer, text = ask(recruiter, "what do you need for the solwick solar installer role")
    assert "CSCS card" in text and "Own hand tools" in text


def test_a_bonus_asked_in_english_is_found_under_its_polish_word(recruiter):
    """"premia roczna do 6 000 zł": the Polish posting's bonus, not "don't mention a bonus"."""
    _answer, text = ask(recruiter, "is there an annual bonus for the C+E driver")
    assert "6 000 zł" in text and "don't mention" not in text


def test_a_word_of_a_title_in_a_question_across_roles_is_what_is_searched(recruiter):
    """"security" is a word of the ISSO's title and "night" of the Night Porter's, but
    "which roles need security clearance" asks every role for clearance, not one role."""
    _answer, text = ask(recruiter, "which roles need security clearance")
    assert "Detention Custody Officer" in text and "Did you mean" not in text
    _answer, text = ask(recruiter, "which roles are night shifts")
    assert "Senior Care Assistant" in text and "Night Porter" in text


def test_night_work_is_found_in_the_words_other_languages_write_it_in(recruiter):
    """The Brazilian posting's "plantão noturno" is night work."""
    _answer, text = ask(recruiter, "which roles are night shifts")
    assert "Enfermagem" in text


def test_a_word_asked_about_is_no_title_of_another_company_than_the_one_named(recruiter):
    """"weekends" is a word of the pharmacy's Weekend Contract title, but "the wislane
    driver" is Wiślane Transport's one role: its working week is asked."""
    _answer, text = ask(recruiter, "does the wislane driver get weekends off?")
    assert "weekendy wolne" in text and "Did you mean" not in text


def test_a_boards_employer_line_under_the_title_is_the_company(recruiter):
    """pracuj.pl's `text-employerName` heading is the company, so its name finds the role."""
    _answer, text = ask(recruiter, "what's the polish truck driver job at wislane transport?")
    assert "Kierowca C+E" in text and "Płock" in text and "Roles at" not in text


def test_a_companys_staff_are_its_roles_not_a_title_the_store_lacks(recruiter):
    """Kittiwake's tracker gives every seasonal role the same benefits: its "staff" are its roles."""
    _answer, text = ask(recruiter, "what benefits do kittiwake seasonal staff get")
    assert "£500" in text and "surf lessons" in text and "I don't have the role" not in text


def test_what_a_role_gets_on_top_of_pay_is_its_benefits(recruiter):
    _answer, text = ask(recruiter, "what do saltbox give the barista shift lead on top of pay")
    assert "tip jar" in text


def test_a_company_named_after_its_kind_of_institution_is_its_one_role(recruiter):
    """"vale verde" is Hospital Vale Verde, whose one role is the Técnico(a) de Enfermagem:
    its "nursing technician" is no Wind Turbine Service Technician, and "vale verde"
    asks for no section on the hospital."""
    _answer, text = ask(recruiter, "benefits for the vale verde nursing technician")
    assert "Unimed" in text and "Auxílio-creche" in text and "Wind Turbine" not in text


def test_a_title_of_several_words_names_its_role_beside_a_company_that_does_not_list_it(recruiter):
    """Teamtailor's feed gives only the HSE Coordinator a company: "wind turbine" still
    names the technician, whatever company is named beside it."""
    _answer, text = ask(recruiter, "wind turbine tech pay at northfold")
    assert "Wind Turbine Service Technician" in text and "HSE Coordinator" not in text


def test_a_word_several_sections_of_a_role_name_is_answered_from_all_of_them(recruiter):
    """The custody officer's pack names clearance under Vetting, in the essential criteria
    and in how to apply: all three answer "does it need clearance", not the first alone."""
    _answer, text = ask(recruiter, "does the custody officer need clearance")
    assert "needed for SC clearance" in text and "Security Check (SC)" in text


def test_a_head_noun_no_other_title_shares_names_its_role(recruiter):
    """Only the Electrical Improver is an improver: "the improver" is that role, asked
    of directly, not "did you mean"; its training is in the post's nice-to-have line."""
    _answer, text = ask(recruiter, "what training does solwick give the improver")
    assert "Level 3 NVQ" in text and "AM2" in text


def test_a_company_one_posting_of_a_feed_states_is_every_posting_of_the_feed_that_names_it(recruiter):
    """Teamtailor's feed: only the HSE Coordinator says "Northfold Energy is hiring"; the technician's
    body speaks of Northfold Energy too, so both are that company's roles."""
    _answer, text = ask(recruiter, "what jobs does northfold energy have open?")
    assert "HSE Coordinator" in text and "Wind Turbine Service Technician" in text


def test_a_pages_label_lines_over_value_lines_are_its_labelled_facts_between_note_sentences(recruiter):
    """USAJOBS copied as text: "Work schedule" / "Full-time", with a note sentence after a value
    ("Salary shown includes locality pay …") and a lead-in before one ("1 vacancy in the following
    location:"): each label still names its own value."""
    _answer, text = ask(recruiter, "what's the isso work schedule?")
    assert "Full-time" in text and "Permanent" not in text and "Renata" not in text
    _answer, text = ask(recruiter, "is the isso job remote?")
    assert "No" in text and "Competitive" not in text and "Appointment type" not in text


def test_label_value_lines_with_notes_read_as_labelled_fields():
    from tests.readings import field, only_role
    doc = only_role(REAL6 / "usajobs-gs12-information-system-security-officer.txt")
    assert field(doc, "Work schedule") == "Full-time"
    assert field(doc, "Pay scale & grade") == "GS 12"
    assert field(doc, "Location").startswith("Vicksburg, MS") and field(doc, "Remote job") == "No"
    assert field(doc, "Security clearance") == "Secret"
    assert "150 applications" in (field(doc, "Open & closing dates") or "")


def test_telework_asks_where_and_the_labelled_facts_naming_it_answer_too(recruiter):
    """"Telework eligible" / "Remote job" are labelled facts of their own: asked where a role is and
    whether one can telework, its place and those facts both answer."""
    _answer, text = ask(recruiter, "where is the isso job, can they telework?")
    assert "Vicksburg" in text and "Telework" in text


def test_a_closing_heading_answers_when_a_posting_closes(recruiter):
    _answer, text = ask(recruiter, "when does the isso announcement close")
    assert "12/22/2026" in text and "150 applications" in text and "BIWS-27-0042-MP" not in text


def test_a_certification_asked_is_found_among_the_requirements_too(recruiter):
    """"which cert": the education section says none is needed, but a requirement obliges one."""
    _answer, text = ask(recruiter, "which cert does the ISSO have to get and by when")
    assert "Security+" in text and "6 months" in text


def test_an_overview_of_a_boards_chips_only_says_what_the_role_does_too(recruiter):
    """pracuj.pl's header chips (pay, address, contract) are the only "about the role": the overview
    adds the first duties, where the ADR tanker work is said."""
    _answer, text = ask(recruiter, "what's the polish truck driver job at wislane transport?")
    assert "ADR" in text and "Płock" in text
