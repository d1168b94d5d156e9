"""A recruiter pastes a candidate's profile with no question ("no degree,
16 years experience, Rust and Go"): RoleCall may ask which role they mean,
but must never claim the documents do not name a word they do name; it
still says so of a name they really lack ("Acme")."""


def test_a_capitalised_skill_the_documents_name_is_not_said_to_be_missing(thread):
    _answer, text = thread.ask("no degree, 16 years experience, Rust and Go")
    assert "No document in the store names" not in text


def test_a_name_the_documents_lack_is_said_to_be_missing(thread):
    _answer, text = thread.ask("what benefits does Acme offer?")
    assert "No document in the store names “Acme”" in text
