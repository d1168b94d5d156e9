"""A Reddit thread saved as JSON (a post's URL with `.json`: two Listings, the post `t3` and its
comments `t1`), as a studio posts a role on r/forhire. The post is the posting, its `selftext` Markdown;
its title's "[Hiring]" tag is the subreddit's. The comments are other people's words (a moderator's
bot, applicants' questions) and are not read, except the poster's own replies: what the one who posted
adds there ("one thing I forgot: the portfolio needs …") is the posting's, kept under a heading of its
own, each reply after the question it answers."""

import re

from knowledge.readers import markdown
from knowledge.readers.model import Document

FORMAT = "reddit"
POSTER_REPLIES = "Added by the poster in the comments"
_TAG = re.compile(r"^\s*(?:[\[(][^\])]{1,20}[\])]\s*)+")
# A post title's own parts after the role: "Motion Designer (After Effects) – 6-week contract, remote EU".
_TITLE_PARTS = re.compile(r"\s+[–—|]\s+|\s+-\s+")
# Reddit's superscript note to the moderators: "^(Mods: rate and location are in the post.)"
_MOD_NOTE = re.compile(r"^\^\(.*\)\s*$", re.M)


def _things(listing) -> list[dict]:
    if not (isinstance(listing, dict) and listing.get("kind") == "Listing" and isinstance(listing.get("data"), dict)):
        return []
    return [c for c in listing["data"].get("children") or [] if isinstance(c, dict) and isinstance(c.get("data"), dict)]


def is_thread(data) -> bool:
    """Reddit's answer for a post: a list whose first Listing holds one post (`t3`) with its text."""
    if not isinstance(data, list) or not data:
        return False
    posts = _things(data[0])
    return bool(posts) and posts[0].get("kind") == "t3" and isinstance(posts[0]["data"].get("title"), str)


def read(data: list, name: str) -> Document:
    post = _things(data[0])[0]["data"]
    poster = post.get("author")
    whole = _TAG.sub("", post["title"]).strip()
    parts = _TITLE_PARTS.split(whole)
    lines = [f"# {parts[0]}", ""]
    lines += [_MOD_NOTE.sub("", str(post.get("selftext") or "")), ""]
    replies = [line for listing in data[1:2] for thing in _things(listing) for line in _replies(thing, poster, None)]
    if replies:
        lines += [f"## {POSTER_REPLIES}", "", *replies]
    document = markdown.read("\n".join(lines), name)
    return Document(format=FORMAT, roles=document.roles, warnings=document.warnings)


def _replies(thing: dict, poster, asked: str | None) -> list[str]:
    """The poster's replies in a comment's tree, each as one item after the question it answers."""
    comment = thing["data"]
    body = " ".join(str(comment.get("body") or "").split())
    out = []
    mine = comment.get("is_submitter") is True or (poster and comment.get("author") == poster)
    if mine and body:
        out.append(f"- {body}" + (f" (in answer to: {asked})" if asked else ""))
    for reply in _things(comment.get("replies")):
        out += _replies(reply, poster, None if mine else body)
    return out
