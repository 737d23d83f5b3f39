#!/usr/bin/env python3
"""Writes the hand-made seed inputs of tests/fuzz/seeds/ (the other seeds are tests/data itself).

Run from anywhere; rewrites seeds/<target>/ for the targets whose inputs tests/data does not hold
in the form the target reads (NUL-separated fields, search strings, encodings). The XSS vectors
come from tests/data/export/xss-vectors.json."""
import json
import pathlib
import shutil

here = pathlib.Path(__file__).resolve().parent
data = here.parent / "data"
seeds = here / "seeds"
vectors = json.loads((data / "export" / "xss-vectors.json").read_text(encoding="utf-8"))["vectors"]
wire = (data / "wire-nmg-cadres-2025-03-18.txt").read_text(encoding="utf-8")


def write(target, files):
    folder = seeds / target
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


write("sanitizer", {f"xss-{i:02d}.html": v for i, v in enumerate(vectors)})

sample = "不适宜担任现职,448名干部被调整\n\nThe desk's first paragraph, in English.\n"
write("encoding", {
    "utf8-bom.txt": b"\xef\xbb\xbf" + sample.encode("utf-8"),
    "utf16le-bom.txt": b"\xff\xfe" + sample.encode("utf-16-le"),
    "utf16be-bom.txt": b"\xfe\xff" + sample.encode("utf-16-be"),
    "utf16le-no-bom.txt": sample.encode("utf-16-le"),
    "utf32le-bom.txt": b"\xff\xfe\x00\x00" + sample.encode("utf-32-le"),
    "gb18030.txt": wire.encode("gb18030"),
    "big5.txt": "臺灣新聞稿,今日發布。\n第二段文字。\n".encode("big5"),
    "shift-jis.txt": "日本語のニュース記事です。\n".encode("shift_jis"),
    "crlf.txt": sample.replace("\n", "\r\n").encode("utf-8"),
    "damaged-utf8.txt": sample.encode("utf-8")[:20] + b"\xff\xfe\x80" + sample.encode("utf-8")[20:],
    "page.html": ("<html><head><meta charset=gbk></head><body><p>" + sample + "</p></body></html>").encode("gb18030"),
})

write("markdown", {
    "front-matter.md": "---\ntitle: 标题\nsubtitle: A subtitle\nauthor: Maya Okafor\nsection: 时政\n"
                       "tags: [干部, 基层减负]\ndate: 2025-03-18 08:18\nsource: 内蒙古日报\neditor: 陈曲\n---\n\n"
                       "# Heading one\n\n正文第一段，\n换行。\n\n- item *em* **strong** ~~del~~\n- <script>alert(1)</script>\n\n"
                       "> quote\n\n[link](javascript:alert(1)) www.example.com\n",
    "tags-lines.md": "---\ntags:\n- a\n- b\nkeywords: c, d\n---\n# T\n\ntext\n",
    "raw-html.md": "# <img src=x onerror=alert(1)>\n\n<div onclick=x>raw</div>\n\n```\ncode <b>\n```\n",
})

text = wire
quote = "448名干部"
start = text.index(quote)
write("anchoring", {
    "exact.bin": "\0".join([text, quote, text[max(0, start - 32):start], text[start + len(quote):start + len(quote) + 32],
                            str(start), str(start + len(quote))]),
    "moved.bin": "\0".join(["Intro. " + text, quote, text[max(0, start - 32):start], "", str(start), str(start + len(quote))]),
    "fuzzy.bin": "\0".join([text.replace("448", "449"), quote, "", "", "0", "0"]),
    "astral.bin": "\0".join(["𝒜𝒝 text 😀 more 😀 text", "😀 more", "text ", "", "7", "13"]),
    "out-of-range.bin": "\0".join(["short", "quote", "", "", "-5", "99999"]),
})

write("searchquery", {f"q{i:02d}.txt": q for i, q in enumerate([
    "中国", "中", "干部 调整", "COVID-19 5G", "AI", "\"quoted\" AND OR NOT NEAR(a b)", "a*b ^c {title}:x", "'; DROP TABLE articles; --",
    "%_\\ like", "ß Straße İstanbul", "𝒜𝒝𝒞", "！？。", "  ", "内蒙古日报 看齐综合",
])})

fields = ["Title", "Subtitle", "Byline", "Source", "Editor", "Desk", "a, b", "Summary", "Related", "Related summary",
          "https://example.com/a?b=1&c=2"]
files = {"plain.bin": "\0".join(fields)}
for i, v in enumerate(vectors[:20]):
    files[f"xss-{i:02d}.bin"] = "\0".join([v] * 10 + ["https://example.com/\"><script>alert(1)</script>"])
files["javascript-url.bin"] = "\0".join(["t"] * 8 + ["r", "s", "javascript:alert(1)"])
files["control.bin"] = "\0".join(["\x1b]0;title\x07", "\x1b[31m"] + ["x"] * 9)
write("template", files)
