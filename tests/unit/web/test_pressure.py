"""Acknowledging first: under a flood of webhook requests ordinary replies hold back, never past half their
reply token's life, and go out again once the flood is over."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from bot.web.pressure import PRESSED_AT, Pressure


@asynccontextmanager
async def requests_waiting(pressure: Pressure, count: int) -> AsyncIterator[None]:
    """`count` webhook requests waiting to be recorded until the block ends."""
    end = asyncio.Event()

    async def one() -> None:
        with pressure.request():
            await end.wait()

    waiting = asyncio.gather(*(one() for _ in range(count)))
    await asyncio.sleep(0)  # let them start
    try:
        yield
    finally:
        end.set()
        await waiting


def run(scenario: Callable[[Pressure], Awaitable[object]]) -> object:
    return asyncio.run(scenario(Pressure()))


def test_a_reply_goes_out_at_once_when_the_webhook_is_not_pressed():
    async def scenario(pressure: Pressure) -> bool:
        async with requests_waiting(pressure, PRESSED_AT - 1):
            return await pressure.hold_back(token_age=0.0, token_ttl=50.0)

    assert run(scenario) is False


def test_during_a_flood_a_reply_waits_until_the_flood_is_over():
    async def scenario(pressure: Pressure) -> bool:
        async with requests_waiting(pressure, PRESSED_AT + 2):
            reply = asyncio.create_task(pressure.hold_back(token_age=0.0, token_ttl=50.0))
            for _ in range(20):
                await asyncio.sleep(0)
            assert not reply.done()  # the 200s first
        return await asyncio.wait_for(reply, timeout=30)  # the flood ended: it goes out

    assert run(scenario) is True


def test_a_reply_whose_token_is_half_used_never_waits():
    async def scenario(pressure: Pressure) -> bool:
        async with requests_waiting(pressure, PRESSED_AT + 2):
            return await asyncio.wait_for(pressure.hold_back(token_age=25.0, token_ttl=50.0), timeout=30)

    assert run(scenario) is False


def test_a_flood_that_does_not_end_lets_a_reply_go_before_its_token_is_half_used():
    async def scenario(pressure: Pressure) -> float:
        loop = asyncio.get_running_loop()
        async with requests_waiting(pressure, PRESSED_AT + 2):
            started = loop.time()
            await asyncio.wait_for(pressure.hold_back(token_age=49.7, token_ttl=100.0), timeout=30)
            return loop.time() - started

    elapsed = run(scenario)
    assert isinstance(elapsed, float) and elapsed < 30  # 0.3 s of half its life was left: it did not wait it out


def test_shutting_down_releases_every_reply_held_back():
    async def scenario(pressure: Pressure) -> bool:
        async with requests_waiting(pressure, PRESSED_AT + 2):
            reply = asyncio.create_task(pressure.hold_back(token_age=0.0, token_ttl=50.0))
            await asyncio.sleep(0)
            pressure.release()
            return await asyncio.wait_for(reply, timeout=30)

    assert run(scenario) is True
