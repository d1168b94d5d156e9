"""A Japanese job board's page, read as its reader sees it: a row of tags drawn apart by CSS alone
(spans with no class of their own) is several tags, not one run of characters with no space."""

from tests.readings import only_read

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
