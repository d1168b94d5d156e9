"""A recruiter dictates on the phone, or types in a hurry, and a tool's name
comes out in pieces: "terra form", "graph QL", "rabbit MQ". The pieces are
read as the one word of the documents they spell (`bot.spelling.Speller`),
so the role's own line about it is found; words that are each a word of
their own ("data base", "full time") are never glued."""

from bot.spelling import Speller
from tests.threads import GLOBAL


def test_a_tool_dictated_in_pieces_is_found_in_the_role(thread):
    answer, text = thread.ask("does the global lead engineer need terra form")
    assert answer.roles == (GLOBAL,) and "Terraform" in text


def test_a_store_wide_search_for_split_names_finds_the_roles_that_list_them(thread):
    _, text = thread.ask("which roles use rabbit MQ or graph QL")
    assert "RabbitMQ" in text and "mention" in text


def test_only_a_piece_that_is_no_word_is_joined():
    speller = Speller({"terraform", "database", "fulltime"})
    assert speller.mended("any terra form roles?") == "any terraform roles?"
    assert speller.mended("which data base do they use, full time?") == "which data base do they use, full time?"
