"""A Japanese job board's page, read as its reader sees it: a row of tags drawn apart by CSS alone
(spans with no class of their own) is several tags, not one run of characters with no space."""

from tests.readings import items, only_read

SOBA = """<html lang="ja"><body>
<h1>そば処 やまぶき / Soba Yamabuki</h1>
<p class="tags"><span>交通費支給</span><span>制服貸与</span><span>週2日～OK</span></p>
<h2>ホールスタッフ / Floor Staff</h2>
<dl>
<dt>仕事内容 Duties</dt><dd>Taking orders and serving soba at lunch</dd>
<dt>給与 Salary</dt><dd>時給 1,100円～</dd>
</dl>
</body></html>
"""


def test_a_row_of_tags_with_no_class_is_read_tag_by_tag():
    """'交通費支給' and '制服貸与' stay apart: a search for one must not need the other's characters."""
    role = only_read(SOBA, "yamabuki.html")
    said = [i.text for i in role.items]
    assert any("交通費支給 · 制服貸与 · 週2日～OK" in t for t in said), said


INN = """<html lang="ja"><body>
<div class="company"><h1>山の宿 みどり <span class="en">Yama no Yado Midori</span></h1></div>
<section class="job"><h2>客室係 / Room Attendant</h2>
<dl class="job-table">
<dt>雇用形態 Employment</dt><dd>正社員 (full-time)</dd>
<dt>給与 Salary</dt><dd>月給 22万円～26万円</dd>
<dt>仕事内容 Duties</dt><dd>・客室の準備 / preparing guest rooms<br>・Serving breakfast in the dining hall</dd>
<dt>応募資格 Requirements</dt><dd>・Conversational Japanese<br>・Experience in hotels welcome</dd>
<dt>勤務地 Location</dt><dd>Takayama, Gifu – 10 minutes on foot from Takayama Station</dd>
</dl></section>
</body></html>
"""


def test_a_heading_in_two_scripts_is_known_by_its_english_words():
    """'勤務地 Location' names where the job is, as 'Location' alone would: the answer
    to 'where is the inn' is that line, not 'not covered by its documents'."""
    role = only_read(INN, "midori.html")
    assert items(role, "location") == ["Takayama, Gifu – 10 minutes on foot from Takayama Station"]
