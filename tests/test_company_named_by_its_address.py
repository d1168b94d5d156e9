"""A Chinese posting names its company in Chinese ("青石物流") and its email
in Latin letters ("hr@qingshi-wuliu.example"). The recruiter types the
company as the address spells it, beside the role's title: "qingshi data
analyst". That names the company of a role the store has, not a role it lacks."""

import pytest

from tests.postings import ask, assistant_on

ANALYST = """# 数据分析师

公司：青石物流有限公司

## 任职要求
- 熟练使用SQL和Tableau

## 联系方式
简历请发送至 hr@qingshi-wuliu.example
"""

OTHER = """# Data Engineer

Company: Marrowgate Analytics

## Requirements
- Airflow and dbt
"""


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("address")
    assistant = assistant_on({"analyst.md": ANALYST, "engineer.md": OTHER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_company_as_its_email_spells_it_names_the_role(recruiter):
    _answer, text = ask(recruiter, "qingshi data analyst requirements")
    assert "Tableau" in text


def test_a_word_no_address_begins_is_still_a_role_the_store_lacks(recruiter):
    _answer, text = ask(recruiter, "harbourline data analyst requirements")
    assert "Tableau" not in text
