"""Live reload through the real server: swap whole snapshots, keep serving on errors, never mix two versions."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from bot.settings import Settings
from tests.conftest import ROOT, Server, body_of, free_port, text_event

REPLY = "/v2/bot/message/reply"
ADMIN = "staff-token-for-tests-0123456789"
PROBES = ["ボランティアを始めたい", "一人暮らしの親が心配", "生活に困っている", "成年後見制度とは", "こんにちは",
          "ぜんぜん関係ない質問ですxyz"]


def copy_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(ROOT / "faq", root / "faq")
    shutil.copytree(ROOT / "plan_data", root / "plan_data")
    return root


def touch_later(path: Path) -> None:
    """Make sure the watcher sees a new mtime even on coarse file systems."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    return copy_content(tmp_path)


@pytest.fixture
def staff_settings(settings: Settings, content_root: Path, tmp_path: Path) -> Settings:
    return settings.with_(content_dir=content_root, admin_token=ADMIN,
                          database_url=f"sqlite:///{tmp_path / 'staff.db'}")


@pytest.fixture
def staff_server(staff_settings: Settings):
    running = Server(staff_settings).start()
    yield running
    running.stop()


def bearer(token: str = ADMIN) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def reload(server: Server, token: str = ADMIN) -> httpx.Response:
    return httpx.post(f"{server.url}/admin/reload", headers=bearer(token), timeout=60)


def health(server: Server) -> dict:
    return httpx.get(f"{server.url}/healthz", timeout=10).json()["content"]


def ask_all(server: Server, fake_line, questions: list[str]) -> dict[str, str]:
    """Send each question through the webhook; return question -> the exact messages JSON LINE received."""
    before = len(fake_line.calls(REPLY, status=None))
    events = [text_event(q) for q in questions]
    for event in events:
        assert server.post(body_of(event)).status_code == 200
    calls = fake_line.wait_for(REPLY, before + len(events), timeout=30)
    by_token = {c.json["replyToken"]: c for c in calls}
    return {
        e["message"]["text"]: json.dumps(by_token[e["replyToken"]].json["messages"], ensure_ascii=False)
        for e in events
    }


def _mark_after(text: str, anchor: str, key: str, mark: str) -> str:
    """Put `mark` at the start of the value of the first `key:` after `anchor` (plain or block scalar)."""
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == anchor)
    for i in range(at, len(lines)):
        stripped = lines[i].lstrip()
        if stripped.startswith(f"{key}:"):
            head, _, value = lines[i].partition(f"{key}:")
            if value.strip()[:1] in ("|", ">"):
                indent = len(lines[i + 1]) - len(lines[i + 1].lstrip())
                lines[i + 1] = lines[i + 1][:indent] + mark + lines[i + 1][indent:]
            else:
                lines[i] = f"{head}{key}: {mark}{value.strip()}"
            return "\n".join(lines)
    raise AssertionError(f"no {key} after {anchor}")


def make_v2(root: Path) -> None:
    """A second version that changes an answer and a desk, so a half-and-half reply would match neither."""
    faq = root / "faq/volunteer.yaml"
    faq.write_text(_mark_after(faq.read_text(), "- id: volunteer-start", "answer", "【第2版】"))
    desks = root / "plan_data/desks.yaml"
    desks.write_text(_mark_after(desks.read_text(), "- id: shakyo", "name", "【第2版】"))


# --------------------------------------------------------------------------- auth


def test_reload_endpoint_is_404_without_an_admin_token(server):
    assert httpx.post(f"{server.url}/admin/reload", headers=bearer(), timeout=10).status_code == 404
    assert httpx.get(f"{server.url}/admin", timeout=10).status_code == 404


def test_reload_needs_the_right_bearer_token(staff_server):
    url = f"{staff_server.url}/admin/reload"
    assert httpx.post(url, timeout=10).status_code == 401
    assert httpx.post(url, headers=bearer("wrong-token"), timeout=10).status_code == 401
    assert httpx.post(url, headers={"authorization": ADMIN}, timeout=10).status_code == 401
    assert httpx.post(url, headers={"authorization": "Bearer ｓｔａｆｆ".encode()}, timeout=10).status_code == 401
    ok = reload(staff_server)
    assert ok.status_code == 200, ok.text
    assert ok.json()["ok"] is True and ok.json()["changed"] is False
    assert ADMIN not in ok.text


# --------------------------------------------------------------------------- failed reloads


def test_failed_reload_keeps_serving_byte_identical_replies(staff_server, fake_line, content_root):
    before = ask_all(staff_server, fake_line, PROBES)
    version = health(staff_server)["version"]

    faq = content_root / "faq/volunteer.yaml"
    good = faq.read_text()
    faq.write_text(good.replace("    answer:", "    answr:", 1))
    response = reload(staff_server)
    assert response.status_code == 422
    result = response.json()
    assert result["ok"] is False and result["version"] == version
    assert any(e["path"] == "faq/volunteer.yaml" and e["line"] > 0 and e["field"] and "answr" in e["field"]
               for e in result["errors"]), result["errors"]

    state = health(staff_server)
    assert state["version"] == version
    assert state["reload"]["status"] == "failed"
    assert "faq/volunteer.yaml" in state["last_error"]
    assert ask_all(staff_server, fake_line, PROBES) == before

    faq.write_text(good)
    assert reload(staff_server).json()["ok"] is True
    assert health(staff_server)["reload"]["status"] == "ok"
    assert health(staff_server)["last_error"] is None
    assert ask_all(staff_server, fake_line, PROBES) == before


def test_successful_reload_changes_the_answer_and_the_version(staff_server, fake_line, content_root):
    v1 = ask_all(staff_server, fake_line, ["ボランティアを始めたい"])["ボランティアを始めたい"]
    old = health(staff_server)["version"]
    make_v2(content_root)
    result = reload(staff_server).json()
    assert result["ok"] and result["changed"] and result["previous"] == old
    assert health(staff_server)["version"] == result["version"] != old
    v2 = ask_all(staff_server, fake_line, ["ボランティアを始めたい"])["ボランティアを始めたい"]
    assert "【第2版】" in v2 and "【第2版】" not in v1


def test_concurrent_reloads_run_one_at_a_time(staff_server):
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        results = [r.json() for r in pool.map(lambda _: reload(staff_server), range(3))]
    assert all(r["ok"] for r in results)
    spans = sorted((dt.datetime.fromisoformat(r["at"]).timestamp() - r["seconds"], r["seconds"]) for r in results)
    for (start, length), (next_start, _) in zip(spans, spans[1:]):
        assert start + length <= next_start + 0.01, spans
    status = httpx.get(f"{staff_server.url}/admin/api/status", headers=bearer(), timeout=10).json()
    assert status["attempts"] == 3


# --------------------------------------------------------------------------- reload under load


@pytest.mark.slow
def test_reload_under_a_stream_of_webhook_events_never_mixes_versions(staff_server, fake_line, content_root):
    questions = ["ボランティアを始めたい", "成年後見制度とは", "生活に困っている", "一人暮らしの親が心配"]
    v1 = ask_all(staff_server, fake_line, questions)
    v1_files = {p: p.read_bytes() for p in (content_root / "faq/volunteer.yaml", content_root / "plan_data/desks.yaml")}
    make_v2(content_root)
    v2_files = {p: p.read_bytes() for p in v1_files}
    assert reload(staff_server).json()["changed"]
    v2 = ask_all(staff_server, fake_line, questions)
    assert all(v1[q] != v2[q] for q in questions[:1]) and any(v1[q] != v2[q] for q in questions[1:])

    start = len(fake_line.calls(REPLY, status=None))
    sent: dict[str, str] = {}
    stop = threading.Event()
    statuses: list[int] = []

    def stream(n: int) -> None:
        i = 0
        while not stop.is_set():
            q = questions[(n + i) % len(questions)]
            event = text_event(q)
            sent[event["replyToken"]] = q
            statuses.append(staff_server.post(body_of(event)).status_code)
            i += 1
            time.sleep(0.01)

    threads = [threading.Thread(target=stream, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    outcomes = []
    try:
        for version in (v1_files, v2_files, None, v1_files, v2_files):
            if version is None:  # a broken file in between: refused, the current version keeps serving
                (content_root / "faq/volunteer.yaml").write_text("entries:\n  - id: [broken\n")
            else:
                for path, raw in version.items():
                    path.write_bytes(raw)
            outcomes.append(reload(staff_server).json()["ok"])
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert outcomes == [True, True, False, True, True]
    assert statuses and set(statuses) == {200}
    calls = fake_line.wait_for(REPLY, start + len(sent), timeout=60)[start:]
    assert len(calls) == len(sent)
    seen = {"v1": 0, "v2": 0}
    for call in calls:
        q = sent[call.json["replyToken"]]
        got = json.dumps(call.json["messages"], ensure_ascii=False)
        assert got in (v1[q], v2[q]), f"mixed or failed reply to {q}"
        seen["v1" if got == v1[q] else "v2"] += 1
    assert all(c.status == 200 for c in calls)
    print(f"\nreload under load: {len(calls)} replies during 5 reloads, {seen}")
    assert len(calls) >= 40


# --------------------------------------------------------------------------- watcher and SIGHUP


def test_file_watcher_reloads_on_save_and_keeps_old_content_on_a_broken_save(staff_settings, content_root):
    running = Server(staff_settings.with_(watch=True, watch_interval=0.2)).start()
    try:
        old = health(running)["version"]
        make_v2(content_root)
        touch_later(content_root / "faq/volunteer.yaml")
        new = _wait(lambda: health(running)["version"] != old and health(running)["version"])
        assert new and health(running)["reload"]["last"]["trigger"] == "watch"

        (content_root / "faq/kenri.yaml").write_text("entries:\n  - id: x\n    title: [unclosed\n")
        state = _wait(lambda: health(running)["reload"]["status"] == "failed" and health(running))
        assert state["version"] == new
        assert re.search(r"faq/kenri.yaml:[1-9]", state["last_error"]), state["last_error"]
    finally:
        running.stop()


def _wait(check, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def _serve(content: Path, tmp_path: Path, port: int, **env: str) -> subprocess.Popen:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TSUNAGARI_", "LINE_"))}
    environ.update(TSUNAGARI_DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}", TSUNAGARI_WATCH="false",
                   # the repository's warm sentence-vector cache: a copied content dir would start cold
                   TSUNAGARI_VECTOR_CACHE=str(ROOT / "var" / "vectors.sqlite"), **env)
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--port", str(port), "--content", str(content)],
        env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


@pytest.mark.slow
def test_sighup_reloads_content_in_serve(tmp_path, content_root, warm_vector_cache):
    port = free_port()
    proc = _serve(content_root, tmp_path, port)
    try:
        url = f"http://127.0.0.1:{port}/healthz"

        def up():
            try:
                return httpx.get(url, timeout=2).json()["content"]
            except httpx.HTTPError:
                assert proc.poll() is None, proc.stdout.read()
                return None

        old = _wait(up, timeout=60)["version"]
        make_v2(content_root)
        proc.send_signal(signal.SIGHUP)
        state = _wait(lambda: (c := up()) and c["version"] != old and c, timeout=30)
        assert state["reload"]["last"]["trigger"] == "SIGHUP"
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_refuses_to_start_on_broken_content_with_a_located_message(tmp_path, content_root):
    (content_root / "faq/volunteer.yaml").write_text("entries:\n  - id: ok-id\n    title: t\n    title: u\n")
    proc = _serve(content_root, tmp_path, free_port())
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert "起動しません" in out and "faq/volunteer.yaml:4" in out and "2回" in out

