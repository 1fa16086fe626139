"""W3 and friends, checked on the source: constant-time signature checks, no secret-bearing values in logs."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

BOT = sorted((ROOT / "bot").glob("**/*.py"))
SENSITIVE = re.compile(r"signature|digest|secret|token|password", re.IGNORECASE)


def _name(node: ast.AST) -> str:
    return ast.unparse(node)


def test_no_plain_comparison_of_signatures_digests_or_secrets():
    """Signatures and secrets are compared with hmac/secrets.compare_digest, never == or != (W3, S1)."""
    offenders = []
    for path in BOT:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            if not any(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops):
                continue
            sides = [node.left, *node.comparators]
            # Comparing with None / a literal is a presence check, not a secret comparison.
            if any(isinstance(s, ast.Constant) for s in sides):
                continue
            # reply_token, access-token *names* and the like are identifiers, not values being verified.
            text = " ".join(_name(s) for s in sides)
            if SENSITIVE.search(text) and not re.search(r"reply_token|token_type|kind|\.type\b", text):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_webhook_verifies_with_the_sdk_parser_over_the_raw_body():
    source = (ROOT / "bot" / "web" / "webhook.py").read_text(encoding="utf-8")
    assert "WebhookParser(" in source
    # The body given to the parser is the raw bytes decoded strictly (UTF-8 round-trips exactly), never a
    # re-serialisation of parsed JSON.
    assert "json.dumps" not in source and "request.json()" not in source


def test_our_log_calls_never_pass_text_user_ids_or_secrets():
    """Arguments to log.* in bot/ must not be message text, user IDs, tokens or secrets."""
    banned = re.compile(r"\.text\b|user_id|userId|secret|access_token|admin_token|authorization|\.body\b",
                        re.IGNORECASE)
    offenders = []
    for path in BOT:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"debug", "info", "warning", "error", "exception", "critical"}
                    and re.search(r"(^|\.)(log|logger|_log|LOG)$", _name(node.func.value))):
                for arg in node.args[1:]:
                    if banned.search(_name(arg)):
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {_name(arg)}")
    assert offenders == []
