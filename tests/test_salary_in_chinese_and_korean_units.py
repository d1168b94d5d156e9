"""A Chinese posting writes its pay as "月薪 6千-9千元" and a Korean one as
"월급 250만원~280만원": thousands (千) and ten thousands (万, 만) before the
currency (元 yuan, 원 won), the period as a word before the amounts (月薪,
월급: monthly pay). The recruiter asking the pay gets the range, not "the
document does not state a salary"."""

import pytest

from knowledge.readers.salary import parse
from tests.postings import ask, assistant_on

COOK = """# 厨师

公司：小满餐饮管理有限公司

## 薪资
月薪 6千-9千元

## 任职要求
- 两年以上中餐厨房经验
"""

WELDER = """# 용접 기사

회사: 동해조선

## 급여
월급 250만원~280만원

## 자격요건
- 용접기능사 자격증
"""


def test_thousands_and_ten_thousands_of_yuan_read_as_amounts():
    salary = parse("月薪 8千-1.5万元")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (8000, 15000, "CNY", "per month")


def test_ten_thousands_of_won_a_year_read_as_amounts():
    salary = parse("연봉 3,200만원~3,500만원")
    assert (salary.minimum, salary.maximum, salary.currency, salary.period) == (
        32_000_000, 35_000_000, "KRW", "per year")


def test_japanese_yen_in_ten_thousands_still_read():
    salary = parse("月給 22万円～26万円")
    assert (salary.minimum, salary.maximum, salary.currency) == (220_000, 260_000, "JPY")


@pytest.fixture(scope="module")
def recruiter(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cjk-pay")
    assistant = assistant_on({"cook.md": COOK, "welder.md": WELDER}, folder)
    yield assistant
    assistant.knowledge.store.dispose()


def test_the_chinese_cooks_pay_is_stated(recruiter):
    answer, text = ask(recruiter, "厨师 月薪多少")
    assert "not stated" not in answer.title
    assert "月薪 6千-9千元" in text


def test_the_korean_welders_pay_is_stated(recruiter):
    answer, text = ask(recruiter, "welding technician salary")
    assert "not stated" not in answer.title, text
    assert "250만원" in text
