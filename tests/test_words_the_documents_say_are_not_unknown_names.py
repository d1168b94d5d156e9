"""A recruiter pastes a candidate's profile with no question ("no degree,
16 years experience, Rust and Go"): RoleCall places them among the roles,
the way it does a candidate told of, and never claims the documents do not
name a word they do name; it still says so of a name they really lack
("Acme")."""


def test_a_capitalised_skill_the_documents_name_is_not_said_to_be_missing(thread):
    _answer, text = thread.ask("no degree, 16 years experience, Rust and Go")
    assert "No document in the store names" not in text


def test_a_name_the_documents_lack_is_said_to_be_missing(thread):
    _answer, text = thread.ask("what benefits does Acme offer?")
    assert "No document in the store names “Acme”" in text


def test_a_profile_pasted_alone_is_a_candidate_to_place(thread):
    answer, text = thread.ask("no degree, 16 years experience, Rust and Go")
    assert "Roles that fit the candidate" in text
    answer, text = thread.ask("expert swe fit?")
    assert answer.roles == ("Expert Software Engineer",) and "10-15" in text


def test_years_asked_of_a_role_are_no_profile(thread):
    answer, text = thread.ask("16 years experience, what does the global lead engineer pay")
    assert answer.roles == ("Global Lead Engineer",) and "250,000" in text
    assert "Roles that fit the candidate" not in text
