"""The LINE client reads the proxy settings once, not before every call (each lookup cost a thread hop and a
~/.netrc parse per reply), and still goes through the proxy the environment names."""

from __future__ import annotations

import asyncio

from bot.line.gateway import LineGateway, proxy_from_env


def test_the_proxy_named_by_the_environment_is_used_unless_the_host_is_excluded(monkeypatch):
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert proxy_from_env("https://api.line.me") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert proxy_from_env("https://api.line.me") == "http://proxy.example:3128"
    monkeypatch.setenv("NO_PROXY", "api.line.me")
    assert proxy_from_env("https://api.line.me") is None


def test_a_gateway_passes_the_proxy_to_every_call_and_looks_nothing_up_per_call(monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    async def build() -> tuple[object, bool]:
        gateway = LineGateway(access_token="t", api_url="https://api.line.me", timeout=1)
        try:
            rest = gateway._client.rest_client
            return rest.proxy, rest.pool_manager.trust_env
        finally:
            await gateway.close()

    proxy, trusts_env = asyncio.run(build())
    assert proxy == "http://proxy.example:3128" and trusts_env is False
