"""A role's sections are grouped once per profile (a profile is one knowledge
version's), and a question's rules read them many times. What one rule does
with the facts it was handed never reaches the next rule or the next question:
each reading gets a list (and, for the document's own headings, a dict) of its own."""

from bot import Question, compose, open_assistant, render_text


def test_a_rule_changing_the_facts_it_read_leaves_the_role_as_its_documents_say(database_url):
    assistant = open_assistant(database_url)
    try:
        before = render_text(assistant.ask(Question("what does the global lead engineer do?")))
        role = next(r for r in assistant.knowledge.roles() if r.title == "Global Lead Engineer")
        profile = assistant.knowledge.profile(role.id)
        sections = {f.section for f in profile.facts}
        for name in sections:
            handed = profile.section(name)
            assert handed == [f for f in profile.facts if f.section == name]
            handed.clear()  # a careless rule
            assert profile.section(name), name
        kept = {heading: list(facts) for heading, facts in compose.own_sections(profile).items()}
        own = compose.own_sections(profile)
        for facts in own.values():
            facts.clear()
        own.clear()
        assert compose.own_sections(profile) == kept
        after = render_text(assistant.ask(Question("what does the global lead engineer do?")))
        assert after == before
    finally:
        assistant.store.dispose()
