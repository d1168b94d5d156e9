"""An answer must not depend on which process gave it.

Replicas behind a load balancer, a restarted worker and an evaluation run
all hash strings with a different seed, so anything that iterates a set of
words in hash order can pick a different word, and so a different answer,
for the same question. Typo correction was one such place: "score" is one
edit from both "scope" and "store", and which came first changed between
processes.
"""

import os
import subprocess
import sys

from bot.fuzzy import WordIndex

_LOOKUP = ("from bot.fuzzy import WordIndex; "
           "print(WordIndex(['store', 'scope', 'core', 'scale']).lookup('score'))")


def test_a_typo_equally_close_to_two_words_corrects_the_same_way_whatever_the_order_they_were_learnt():
    one = WordIndex(["store", "scope"]).lookup("score")
    other = WordIndex(["scope", "store"]).lookup("score")

    assert one == other
    assert [word for word, _ in one] == ["scope", "store"]


def test_every_process_corrects_a_typo_the_same_way():
    seen = set()
    for seed in ("0", "1", "3", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _LOOKUP], env=env, capture_output=True, text=True,
                              check=True)
        seen.add(done.stdout)

    assert len(seen) == 1, seen
    assert "scope" in seen.pop()


def test_every_process_explains_a_question_the_same_way(tmp_path):
    # "involved" may be read as "involve" or "involves": both start phrases,
    # and the reading once took whichever a set happened to give first.
    explained = set()
    for seed in ("1", "2", "3"):  # one store, seeded by the first process
        env = {**os.environ, "PYTHONHASHSEED": seed, "DATABASE_URL": f"sqlite:///{tmp_path}/roles.db"}
        done = subprocess.run([sys.executable, "-m", "adapters.cli", "ask", "--explain",
                               "is the expert software engineer involved in hiring?"],
                              env=env, capture_output=True, text=True, check=True)
        explained.add(done.stdout)

    assert len(explained) == 1
    assert "involve" in explained.pop()
