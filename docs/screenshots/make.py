"""Refresh the pictures of real answers in docs/screenshots/.

Each answer is asked of the real core on a store filled from the bundled
seeds and drawn by the real renderers (adapters/slack/render.py,
adapters/teams/render.py); what the platforms are sent is written next to
each picture as JSON. Teams cards are drawn by Microsoft's Adaptive Cards
renderer (npm `adaptivecards`, with `markdown-it` for the Markdown Teams
reads in a TextBlock); Slack has no offline renderer, so its Block Kit is
drawn by a small approximation here, and the picture says so. Both are shot
in headless Chromium through `playwright-core`.

Run by hand after changing what people see (nothing here runs in the tests):

    apt-get install chromium fonts-noto-color-emoji pngquant
    npm install --prefix /tmp/rolecall-shots adaptivecards@3.0.6 markdown-it@14 playwright-core
    .venv/bin/python docs/screenshots/make.py --node-modules /tmp/rolecall-shots/node_modules
"""

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # run from a checkout without installing

from bot.admin_documents import NOT_ADMIN  # noqa: E402
from adapters.slack.buttons import Asked  # noqa: E402
from adapters.slack.render import render_message  # noqa: E402
from adapters.teams.render import render_reply  # noqa: E402
from bot import Question, open_assistant  # noqa: E402

# name: the question asked (None: the note a file in a DM gets).
SHOTS = {
    "answer": "what does a Lead Back End Engineer own?",
    "salary": "salary for lead back end engineer",
    "help": "help",
    "unknown-role": "what does a *Chief* Wizard do?",
    "file-note": None,
}
# The width of a message pane in Teams' and Slack's desktop clients, about.
WIDTH = 640

SHOOT_JS = r"""
const { chromium } = require(process.argv[2] + '/playwright-core');
const jobs = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
(async () => {
  const browser = await chromium.launch({ executablePath: process.argv[4], args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: %(width)d, height: 400 }, deviceScaleFactor: 1 });
  await page.route('**/*', route => route.request().url().startsWith('file:') ? route.continue() : route.abort());
  for (const job of jobs) {
    await page.goto('file://' + job.page);
    await page.waitForSelector('#shot .ready', { state: 'attached' });
    await (await page.$('#shot')).screenshot({ path: job.png });
  }
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
""" % {"width": WIDTH}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--node-modules", required=True, type=Path,
                        help="a node_modules folder holding adaptivecards, markdown-it and playwright-core")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    modules = args.node_modules.resolve()
    with tempfile.TemporaryDirectory(prefix="rolecall-shots-") as scratch:
        scratch = Path(scratch)
        assistant = open_assistant(f"sqlite:///{scratch / 'rolecall.db'}")
        jobs = []
        for name, question in SHOTS.items():
            answer = NOT_ADMIN if question is None else assistant.ask(
                Question(question, platform="docs", conversation_key=f"docs:{name}"))
            asked = Asked(question or "", f"docs:{name}")
            slack = render_message(answer, asked)
            teams = render_reply(answer)
            teams_sent = {"text": teams.text, "summary": teams.summary, "card": teams.card}
            (args.out / f"slack-{name}.json").write_text(json.dumps(slack, indent=1, ensure_ascii=False) + "\n")
            (args.out / f"teams-{name}.json").write_text(json.dumps(teams_sent, indent=1, ensure_ascii=False) + "\n")
            for platform, page in (("slack", slack_page(slack, question)), ("teams", teams_page(teams_sent, question,
                                                                                              modules))):
                path = scratch / f"{platform}-{name}.html"
                path.write_text(page)
                jobs.append({"page": str(path), "png": str((args.out / f"{platform}-{name}.png").resolve())})
        assistant.knowledge.store.dispose()
        (scratch / "jobs.json").write_text(json.dumps(jobs))
        (scratch / "shoot.js").write_text(SHOOT_JS)
        subprocess.run(["node", str(scratch / "shoot.js"), str(modules), str(scratch / "jobs.json"), args.chromium],
                       check=True)
    if shutil.which("pngquant"):  # a quarter of the size, no difference to see
        subprocess.run(["pngquant", "--force", "--ext", ".png", "--quality", "70-95", *(j["png"] for j in jobs)],
                       check=True)
    for job in jobs:
        print(Path(job["png"]).relative_to(Path.cwd()) if Path(job["png"]).is_relative_to(Path.cwd()) else job["png"])
    return 0


# -- Teams: Microsoft's renderer ------------------------------------------------------
# Teams' light theme, as far as the renderer's host config can say it.
TEAMS_HOST_CONFIG = {
    "fontFamily": "'Segoe UI', 'DejaVu Sans', sans-serif",
    "spacing": {"small": 4, "default": 8, "medium": 16, "large": 20, "extraLarge": 24, "padding": 16},
    "separator": {"lineThickness": 1, "lineColor": "#E1DFDD"},
    "fontSizes": {"small": 12, "default": 14, "medium": 14, "large": 18, "extraLarge": 24},
    "fontWeights": {"lighter": 200, "default": 400, "bolder": 600},
    "containerStyles": {"default": {"backgroundColor": "#FFFFFF", "foregroundColors": {
        "default": {"default": "#242424", "subtle": "#616161"},
        "attention": {"default": "#C4314B", "subtle": "#C4314B"},
        "accent": {"default": "#5B5FC7", "subtle": "#5B5FC7"}}}},
    "actions": {"maxActions": 6, "buttonSpacing": 8, "showCard": {"actionMode": "Inline"},
                "actionsOrientation": "Horizontal", "actionAlignment": "Left", "spacing": "Default"},
}


def teams_page(sent: dict, question: str | None, modules: Path) -> str:
    asked = _asked_bubble(question, "#E8EBFA")
    card = json.dumps(sent["card"]) if sent["card"] else "null"
    return f"""<!doctype html><meta charset="utf-8">
<script src="file://{modules}/markdown-it/dist/markdown-it.min.js"></script>
<script src="file://{modules}/adaptivecards/dist/adaptivecards.min.js"></script>
<style>
 body {{ margin: 0; background: #F5F5F5; font: 14px 'Segoe UI', 'DejaVu Sans', sans-serif; color: #242424; }}
 #shot {{ padding: 16px; width: {WIDTH - 32}px; background: #F5F5F5; }}
 .who {{ font-size: 12px; color: #616161; margin: 0 0 4px; }}
 .bubble {{ background: #FFFFFF; border-radius: 6px; padding: 10px 14px; margin-bottom: 6px;
           box-shadow: 0 1px 2px rgba(0,0,0,.1); }}
 .card {{ border-radius: 6px; overflow: hidden; box-shadow: 0 1px 2px rgba(0,0,0,.14); }}
 .ac-pushButton {{ border: 1px solid #D1D1D1; border-radius: 4px; background: #FFFFFF; color: #242424;
                   font: 600 14px 'Segoe UI', 'DejaVu Sans', sans-serif; padding: 5px 12px; cursor: pointer; }}
 .ac-textBlock p {{ margin: 0; }}
 .ac-textBlock ul {{ margin: 0; padding-left: 20px; box-sizing: border-box; width: 100%; }}
 .note {{ font-size: 11px; color: #8A8886; margin-top: 8px; }}
</style>
<div id="shot">{asked}
 <p class="who">RoleCall</p>
 <div class="bubble">{html.escape(sent["text"])}</div>
 <div class="card" id="card"></div>
 <p class="note">Teams, drawn by Microsoft's Adaptive Cards renderer (adaptivecards 3.0.6).</p>
</div>
<script>
 const md = window.markdownit();
 AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {{
   result.outputHtml = md.render(text); result.didProcess = true; }};
 const payload = {card};
 if (payload) {{
   const card = new AdaptiveCards.AdaptiveCard();
   card.hostConfig = new AdaptiveCards.HostConfig({json.dumps(TEAMS_HOST_CONFIG)});
   card.parse(payload);
   document.getElementById('card').appendChild(card.render());
 }}
 document.getElementById('shot').insertAdjacentHTML('beforeend', '<span class="ready"></span>');
</script>"""


# -- Slack: an approximation of Block Kit ------------------------------------------------
def slack_page(message: dict, question: str | None) -> str:
    blocks = "\n".join(_block(block) for block in message["blocks"])
    asked = _asked_bubble(question, "#FFFFFF")
    return f"""<!doctype html><meta charset="utf-8">
<style>
 body {{ margin: 0; background: #FFFFFF; font: 15px 'Lato', 'DejaVu Sans', sans-serif; color: #1D1C1D; }}
 #shot {{ padding: 16px 20px; width: {WIDTH - 40}px; }}
 .who {{ font-weight: 900; margin: 0 0 2px; }} .who span {{ font-weight: 400; color: #616061; font-size: 12px; }}
 .bubble {{ margin-bottom: 12px; }}
 .header {{ font-size: 18px; font-weight: 900; margin: 4px 0 8px; }}
 .section {{ line-height: 1.46; margin: 4px 0; }}
 .context {{ font-size: 12px; color: #616061; margin: 8px 0 4px; }}
 .actions {{ margin: 8px 0; display: flex; flex-wrap: wrap; gap: 8px; }}
 .actions button {{ font: 700 13px 'Lato', 'DejaVu Sans', sans-serif; padding: 4px 12px; border-radius: 4px;
                    border: 1px solid #BBBABB; background: #FFFFFF; color: #1D1C1D; }}
 .actions button.primary {{ background: #007A5A; border-color: #007A5A; color: #FFFFFF; }}
 .note {{ font-size: 11px; color: #8A8886; margin-top: 10px; border-top: 1px dashed #DDD; padding-top: 6px; }}
</style>
<div id="shot">{asked}
 <p class="who">RoleCall <span>APP</span></p>
 {blocks}
 <p class="note">Slack, approximately: Block Kit drawn by docs/screenshots/make.py, not by Slack
 (the JSON beside this picture is what Slack is sent).</p>
 <span class="ready"></span>
</div>"""


def _block(block: dict) -> str:
    kind = block["type"]
    if kind == "header":
        return f'<div class="header">{html.escape(html.unescape(block["text"]["text"]))}</div>'
    if kind == "section":
        return f'<div class="section">{_mrkdwn(block["text"]["text"])}</div>'
    if kind == "context":
        return '<div class="context">' + " · ".join(_mrkdwn(e["text"]) for e in block["elements"]) + "</div>"
    if kind == "actions":
        buttons = "".join(f'<button class="{e.get("style", "")}">{html.escape(html.unescape(e["text"]["text"]))}'
                          "</button>" for e in block["elements"])
        return f'<div class="actions">{buttons}</div>'
    return ""


def _mrkdwn(text: str) -> str:
    # Slack's text arrives escaped (&amp; &lt; &gt;), which is HTML already.
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w_])_([^_\n]+)_(?![\w_])", r"<i>\1</i>", text)
    return text.replace("\n", "<br>")


def _asked_bubble(question: str | None, background: str) -> str:
    said = html.escape(question) if question else "📎 role.docx (a file, sent with no question)"
    return (f'<p class="who">A recruiter</p><div class="bubble" style="background:{background}">{said}</div>')


if __name__ == "__main__":
    sys.exit(main())
