"""A recruiter with roles from other organisations (tests/documents/real5/:
an electrician, a head chef, a localization program manager, a research
technician, an Italian accounts role, a truck driver…) asks about them the
way colleagues say them, not as the postings title them: "the lumora
localization pm", "the cryo-em technician", "the vetreria colombaia accounts
role". The role is found by the short forms its title's words have, or by its
company and a word of its own, and the question is answered."""

from pathlib import Path

from tests.postings import ask, batch_assistant

DOCUMENTS = Path(__file__).parent / "documents"
REAL5 = DOCUMENTS / "real5"


recruiter = batch_assistant("recruiter", REAL5, "The fifth batch in a store of its own, asked as a recruiter asks.")


def test_pm_is_read_as_the_program_manager_the_store_has(recruiter):
    """No product manager is hiring; "pm" is the program manager's initials too."""
    _answer, text = ask(recruiter, "lumora localization pm benefits")
    assert "$1,200 home office budget" in text
    assert "don't have the role" not in text


def test_em_of_cryo_em_is_electron_microscopy_not_an_engineering_manager(recruiter):
    _answer, text = ask(recruiter, "pay for the cryo-em research technician?")
    assert "31,236" in text and "35,608" in text


def test_a_company_and_a_word_of_its_field_name_its_only_role(recruiter):
    """Vetreria Colombaia hires one role, its title in Italian: "accounts role" beside the name is that one."""
    _answer, text = ask(recruiter, "where is the vetreria colombaia accounts role?")
    assert "Empoli" in text


def test_a_driving_licence_is_found_however_each_posting_spells_it(recruiter):
    """British "driving licence", American "driver's license", a CDL: one requirement."""
    _answer, text = ask(recruiter, "which roles need a driving licence?")
    for title in ("Maintenance Electrician", "Community Staff Nurse", "Commercial HVAC Service Technician",
                  "Transport Dispatcher", "Line Haul Truck Driver"):
        assert title in text
    assert "Head Chef" not in text


def test_a_drivers_license_is_the_licence_asked_for_not_the_truck_driver(recruiter):
    """"driver's license": a word of the Truck Driver's title owning a thing of its own, asked about
    as that thing; "the truck driver's salary" still asks the driver's pay."""
    _answer, text = ask(recruiter, "which roles need a driver's license?")
    for title in ("Maintenance Electrician", "Community Staff Nurse", "Commercial HVAC Service Technician",
                  "Transport Dispatcher", "Line Haul Truck Driver"):
        assert title in text
    assert "Did you mean" not in text
    _answer, text = ask(recruiter, "what is the truck driver's salary?")
    assert "Line Haul Truck Driver (CDL-A): salary" in text


def test_roles_paid_by_the_hour_are_those_with_an_hourly_rate(recruiter):
    """Not every posting that says "hours per week": the rate is per hour."""
    _answer, text = ask(recruiter, "which jobs pay by the hour?")
    assert "Forklift Operator" in text and "Commercial HVAC Service Technician" in text
    assert "School Business Manager" not in text and "Supply Chain Analyst" not in text
    _answer, text = ask(recruiter, "which roles are paid hourly?")
    assert "Forklift Operator" in text and "Maintenance Electrician" not in text


def test_preferred_skills_are_the_nice_to_haves_not_the_requirements(recruiter):
    _answer, text = ask(recruiter, "hvac technician preferred skills")
    assert "NATE certification" in text and "Bilingual English/Spanish" in text
    assert "EPA 608 Universal" not in text


def test_the_degree_a_role_needs_leaves_out_the_one_it_only_prefers(recruiter):
    """The posting lists its MBA under preferred qualifications: not needed."""
    _answer, text = ask(recruiter, "what degree does the supply chain analyst need?")
    assert "Bachelor's degree in Engineering" in text and "MBA in Operations" not in text
    _answer, text = ask(recruiter, "supply chain analyst education")
    assert "Bachelor's degree in Engineering" in text and "Preferred Qualifications:\n- MBA in Operations" in text


def test_a_comparison_of_two_postings_sets_their_requirements_side_by_side(recruiter):
    _answer, text = ask(recruiter, "compare the forklift operator and the transport dispatcher")
    assert "17.20" in text and "4,200" in text
    assert "Staplerschein" in text and "Driving licence class B" in text


def test_what_a_posted_role_does_says_where_it_is_done(recruiter):
    _answer, text = ask(recruiter, "what does the head chef at copperkettle do?")
    assert "brigade of 14" in text and "Asheville" in text


def test_two_fields_of_a_posting_asked_together_are_both_answered(recruiter):
    _answer, text = ask(recruiter, "what grade is the research technician and when does it close?")
    assert "Grade 6" in text and "14 December 2026" in text


def test_who_a_role_reports_to_and_how_big_the_team_is_are_both_answered(recruiter):
    """The team's size is told in passing, in the posting's opening paragraph."""
    _answer, text = ask(recruiter, "who does the school business manager report to and how big is the team?")
    assert "Headteacher" in text and "office team of 3" in text


def test_a_posting_that_needs_no_degree_says_so_wherever_it_wrote_it(recruiter):
    _answer, text = ask(recruiter, "does the pixelmoss community role need a degree?")
    assert "no degree needed" in text


fourth_batch = batch_assistant("fourth_batch", DOCUMENTS / "real4", "The fourth batch: an agency's contract for its "
                               "client Corvid, Umbrel's Business Intelligence Developer, Quillon's Data Protection Officer…")


def test_a_contract_is_asked_by_the_agencys_client_and_its_title(fourth_batch):
    """The recruiter knows the contract by the client it is for: "corvid cloud platform contractor"."""
    _answer, text = ask(fourth_batch, "corvid cloud platform contractor requirements")
    assert "5+ years" in text and "SC clearance" in text
    _answer, text = ask(fourth_batch, "corvid cloud platform contractor day rate")
    assert "550" in text and "600" in text


def test_a_titles_leading_words_are_said_by_their_initials_before_its_last(fourth_batch):
    """"BI developer" is the Business Intelligence Developer; "bi" of "Power BI" alone stays a skill."""
    _answer, text = ask(fourth_batch, "umbrel bi developer must haves")
    assert "3-6 years" in text and "Advanced SQL and DAX" in text
    _answer, text = ask(fourth_batch, "who uses power bi")
    assert "Roles that mention power bi" in text


forwarded_email = batch_assistant("forwarded_email", DOCUMENTS / "txt",
                                  "Postings as plain text, a recruiter's forwarded email among them.")


def test_a_heading_of_the_posting_said_word_for_word_asks_for_what_stands_under_it(forwarded_email):
    """"Minimum qualifications" is a degree in the seeds' words, but this posting's "Minimum
    qualifications" heading holds its requirements: those are the answer, not "no education"."""
    _answer, text = ask(forwarded_email, "payroll specialist minimum qualifications")
    assert "3+ years" in text and "ADP Workforce Now" in text and "CPP" not in text


def test_the_hiring_manager_a_cover_note_names_is_the_roles(forwarded_email):
    _answer, text = ask(forwarded_email, "who's the hiring manager for payroll specialist")
    assert "Greg Lindqvist" in text


second_batch = batch_assistant("second_batch", DOCUMENTS / "real2",
                               "The second batch: Sprigwell's warehouse team lead, Brindle's support engineer…")


def test_what_an_employer_asks_of_the_person_it_hires_is_the_roles_requirements(second_batch):
    """"Ask of" and "looking for as" say what the company wants in the person: its requirements."""
    _answer, text = ask(second_batch, "what does sprigwell ask of a warehouse team lead?")
    assert "Dutch and English" in text
    _answer, text = ask(second_batch, "who is brindle looking for as technical support engineer?")
    assert "ClickHouse" in text


def test_a_list_of_offers_under_a_heading_of_its_own_is_all_benefits(second_batch):
    """SmartRecruiters' "Additional Information" lists the pay, holiday, a pension and "A company bike
    or a public transport card": the bike is offered with the rest, though no benefit word says so."""
    _answer, text = ask(second_batch, "vantmoor logistics transport planner benefits")
    assert "company bike" in text and "BPL Pensioen" in text
