"""Broken content generated from the real files: each case is one file replaced by a damaged copy.

Nothing here is checked in as data: `cases(root)` derives every case from the files under root, so the
corpus follows the content as staff change it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FAQ_FILES = ("faq/volunteer.yaml", "faq/koureisha.yaml")
DESKS = "plan_data/desks.yaml"
PLAN = "plan_data/plan.yaml"


@dataclass(frozen=True)
class Case:
    name: str
    path: str  # relative to the content root
    data: bytes
    line: bool = True  # a line exists for this problem, so the error must name one (> 0)
    entry: str | None = None  # the error must name this entry id
    field: str | None = None  # ...and a field containing this
    needle: str | None = None  # ...and its message must contain this


def _ids(text: str) -> list[str]:
    return re.findall(r"^  - id: (\S+)$", text, flags=re.M)


def _block(lines: list[str], entry: str) -> tuple[int, int]:
    start = lines.index(f"  - id: {entry}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ")), len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _field(lines: list[str], start: int, end: int, key: str) -> tuple[int, int] | None:
    for i in range(start, end):
        if re.match(rf"^(  - |    ){re.escape(key)}:", lines[i]):
            j = i + 1
            while j < end and (lines[j].startswith("      ") or not lines[j].strip()):
                j += 1
            return i, j
    return None


def set_field(text: str, entry: str, key: str, value: str | None) -> str:
    """Replace (or add, or with None delete) `key` of one entry; value is YAML written after `key: `."""
    lines = text.split("\n")
    start, end = _block(lines, entry)
    span = _field(lines, start, end, key)
    prefix = "  - " if key == "id" else "    "
    new = [] if value is None else [f"{prefix}{key}: {value}"]
    if span is None:
        lines[end:end] = new
    else:
        i, j = span
        if key == "id" and value is None:  # keep the list item marker
            new = ["  -"]
        lines[i:j] = new
    return "\n".join(lines)


def cases(root: Path) -> list[Case]:
    out: list[Case] = []
    read = lambda rel: (root / rel).read_text(encoding="utf-8")  # noqa: E731

    for rel in FAQ_FILES:
        text = read(rel)
        ids = _ids(text)
        first, second = ids[0], ids[1]
        other_question = re.search(r"^      - (.+)$", text.split(f"  - id: {second}")[1], flags=re.M).group(1)

        def entry_case(name: str, key: str, value: str | None, *, field: str | None = None,
                       needle: str | None = None, entry: str | None = first, on: str = first,
                       rel: str = rel, text: str = text) -> None:
            out.append(Case(f"{rel}:{name}", rel, set_field(text, on, key, value).encode(), True, entry,
                            field if field is not None else key, needle))

        entry_case("unknown-field", "answr", "つづり間違い", needle="知らない項目")
        entry_case("missing-answer", "answer", None, needle="必要な項目")
        entry_case("missing-questions", "questions", None, needle="必要な項目")
        entry_case("missing-title", "title", None, needle="必要な項目")
        entry_case("empty-answer", "answer", "''", needle="空にできません")
        entry_case("title-too-long", "title", "あ" * 41, needle="長すぎ")
        entry_case("answer-too-long", "answer", "い" * 1201, needle="長すぎ")
        entry_case("no-questions", "questions", "[]", needle="少なくとも")
        entry_case("blank-question", "questions", "['  ']", needle="空の項目")
        entry_case("blank-keyword", "keywords", "['']", needle="空の項目")
        entry_case("title-is-list", "title", "[a, b]", needle="文字で")
        entry_case("questions-is-text", "questions", "一つだけの質問", needle="リスト")
        entry_case("measure-not-number", "measures", "[abc]", needle="整数")
        entry_case("measure-out-of-plan", "measures", "[99]", needle="取組事項 99")
        entry_case("dangling-desk", "desks", "[no-such-desk]", needle="no-such-desk")
        entry_case("bad-id", "id", "Volunteer_Start", entry=None, needle="id は半角")
        entry_case("duplicate-id", "id", second, entry=second, needle="重複")
        entry_case("phone-in-answer", "answer", "048-541-1321 に電話してください", needle="電話番号")
        entry_case("bad-url", "url", "www.example.jp/no scheme", needle="URL")
        out.append(Case(f"{rel}:source-without-checked", rel, set_field(set_field(
            text, first, "source", "https://www.city.kounosu.saitama.jp/"), first, "checked", None).encode(),
            True, first, None, "checked"))
        entry_case("bad-checked-date", "checked", "2026/11/28", needle="日付")
        entry_case("impossible-date", "checked", "2026-02-30", field="", entry=None, needle="2026-02-30")
        entry_case("sample-not-bool", "sample", "maybe", needle="true か false")
        entry_case("collision", "questions", f"[{other_question}]", field="questions", entry=second, needle=first)
        lines = text.split("\n")
        s, e = _block(lines, first)
        answer_at = _field(lines, s, e, "answer")[0]
        dup = lines[: answer_at + 1] + ["    answer: もう一つの答え"] + lines[answer_at + 1:]
        out.append(Case(f"{rel}:nested-duplicate-key", rel, "\n".join(dup).encode(), needle="2回"))

    # --- whole-file damage, on one FAQ file and the two plan_data files
    for rel in ("faq/volunteer.yaml", DESKS):
        raw = (root / rel).read_bytes()
        text = raw.decode("utf-8")
        key = "entries" if rel.startswith("faq/") else ("desks" if rel == DESKS else "plan")
        out += [
            Case(f"{rel}:bom", rel, b"\xef\xbb\xbf" + raw, needle="BOM"),
            Case(f"{rel}:shift-jis", rel, text.encode("shift_jis", errors="replace"), needle="UTF-8"),
            Case(f"{rel}:euc-jp", rel, text.encode("euc_jp", errors="replace"), needle="UTF-8"),
            Case(f"{rel}:utf-16", rel, text.encode("utf-16"), needle="UTF-8"),
            Case(f"{rel}:cut-inside-a-character", rel, raw[: raw.index("。".encode()) + 2], needle="UTF-8"),
            Case(f"{rel}:empty", rel, b"", line=False, needle="空"),
            Case(f"{rel}:only-comments", rel, b"# \xe3\x81\x82\n# nothing\n", line=False, needle="空"),
            Case(f"{rel}:nul-byte", rel, raw[:200].replace(b"\n", b"\n\x00", 1) + raw[200:], needle="NUL"),
            Case(f"{rel}:oversize", rel, raw + b"#" + b"x" * 1_100_000 + b"\n", line=False, needle="大きすぎ"),
            Case(f"{rel}:tab-indent", rel, text.replace("\n  ", "\n\t", 3).encode(), needle="YAML"),
            Case(f"{rel}:unclosed-bracket", rel, (text + "\nextra: [unclosed\n").encode(), needle="YAML"),
            Case(f"{rel}:unclosed-quote", rel, (text + '\nx: "unterminated\n').encode(), needle="YAML"),
            Case(f"{rel}:top-level-list", rel, b"- " + raw.replace(b"\n", b"\n  "), needle=None),
            Case(f"{rel}:top-level-duplicate-key", rel, raw + f"\n{key}: []\n".encode(), needle="2回"),
            Case(f"{rel}:top-level-unknown-key", rel, raw + b"\nversion: 2\n", field="version", needle="知らない項目"),
            Case(f"{rel}:python-object-tag", rel, raw + b"\nx: !!python/object/apply:os.system ['id']\n",
                 needle="タグ"),
            Case(f"{rel}:python-name-tag", rel, raw + b"\nx: !!python/name:os.system\n", needle="タグ"),
            Case(f"{rel}:custom-tag", rel, raw + b"\nx: !include other.yaml\n", needle="タグ"),
            Case(f"{rel}:binary-tag", rel, raw + b"\nx: !!binary aGVsbG8=\n", needle="タグ"),
            Case(f"{rel}:anchor-and-alias", rel, raw + b"\nx: &a hello\ny: *a\n", needle="アンカー"),
            Case(f"{rel}:alias-bomb", rel, raw + b"\n" + _alias_bomb(), needle="アンカー"),
            Case(f"{rel}:truncated-half", rel, _truncate(text, 0.5), needle=None),
            Case(f"{rel}:truncated-in-flow", rel, (text + "\nx: [a, b").encode(), needle="YAML"),
        ]

    # --- desks.yaml: facts that must be well formed
    desks = read(DESKS)
    desk_ids = _ids(desks)
    d0, d1 = desk_ids[0], desk_ids[1]

    def desk_case(name: str, key: str, value: str | None, needle: str, *, field: str | None = None,
                  entry: str | None = d0) -> None:
        out.append(Case(f"{DESKS}:{name}", DESKS, set_field(desks, d0, key, value).encode(), True, entry,
                        field if field is not None else key, needle))

    desk_case("missing-source", "source", None, "必要な項目")
    desk_case("missing-checked", "checked", None, "必要な項目")
    desk_case("empty-source", "source", "''", "空にできません")
    desk_case("checked-not-a-date", "checked", "きのう", "日付")
    desk_case("checked-impossible", "checked", "2026-13-45", "2026-13-45", field="", entry=None)
    desk_case("phone-without-hyphens", "phones", "[{number: '0485411321'}]", "ハイフン")
    desk_case("phone-letters", "phones", "[{number: 048-ABC-1321}]", "ハイフン")
    desk_case("phone-unknown-field", "phones", "[{number: 048-541-1321, tel: x}]", "知らない項目")
    desk_case("phones-not-a-list", "phones", "048-541-1321", "リスト")
    desk_case("fax-malformed", "fax", "048 541 1322", "ハイフン")
    desk_case("url-malformed", "url", "ftp://example.jp", "URL")
    desk_case("url-with-space", "url", "'https://example.jp/a b'", "URL")
    desk_case("kind-unknown", "kind", "office", "決められた値")
    desk_case("crisis-unknown", "crisis", "[flood]", "決められた値")
    desk_case("missing-name", "name", None, "必要な項目")
    desk_case("bad-id", "id", "Desk One", "id は半角", entry=None)
    desk_case("duplicate-id", "id", d1, "重複", entry=d1)
    desk_case("unknown-field", "telephone", "048-541-1321", "知らない項目")

    # --- plan.yaml
    plan = read(PLAN)
    out.append(Case(f"{PLAN}:truncated-half", PLAN, _truncate(plan, 0.5)))
    out.append(Case(f"{PLAN}:shift-jis", PLAN, plan.encode("shift_jis", errors="replace"), needle="UTF-8"))
    out.append(Case(f"{PLAN}:python-object-tag", PLAN, (plan + "\nx: !!python/object:os.system {}\n").encode(),
                    needle="タグ"))
    out.append(Case(f"{PLAN}:top-level-duplicate-key", PLAN, (plan + "\nplan: {}\n").encode(), needle="2回"))
    out.append(Case(f"{PLAN}:measure-number-out-of-range", PLAN,
                    re.sub(r"(number: )24\b", r"\g<1>25", plan, count=1).encode(), field="number", needle="範囲外"))
    out.append(Case(f"{PLAN}:duplicate-measure-number", PLAN,
                    re.sub(r"(number: )24\b", r"\g<1>23", plan, count=1).encode(), field="measures", needle="1〜24"))
    out.append(Case(f"{PLAN}:checked-missing", PLAN, re.sub(r"\n  checked: .*", "", plan, count=1).encode(),
                    field="checked", needle="必要な項目"))
    out.append(Case(f"{PLAN}:goal-not-a-number", PLAN,
                    re.sub(r"(goal: )\d+", r"\1two", plan, count=1).encode(), field="goal", needle="整数"))
    return out


def _alias_bomb() -> bytes:
    rows = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    rows += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    return ("\n".join(rows) + "\n").encode()


def _truncate(text: str, fraction: float) -> bytes:
    """Cut just after a `key:` line part way through, so the entry there lacks what follows."""
    lines = text.split("\n")
    at = int(len(lines) * fraction)
    while at < len(lines) and not re.match(r"^\s*- (id|number): ", lines[at]):
        at += 1
    return ("\n".join(lines[: at + 1]) + "\n").encode()
