"""Acknowledging first: under a flood of webhook requests ordinary replies hold back, never past half their
reply token's life, and go out again once the flood is over."""

from __future__ import annotations

import asyncio
import contextlib

from bot.web.pressure import PRESSED_AT, Pressure


async def _flooded(pressure: Pressure, requests: int, until: asyncio.Event) -> None:
    async def one() -> None:
        with pressure.request():
            await until.wait()

    await asyncio.gather(*(one() for _ in range(requests)))


def test_a_reply_goes_out_at_once_when_the_webhook_is_not_pressed():
    async def main() -> bool:
        pressure = Pressure()
        end = asyncio.Event()
        few = asyncio.create_task(_flooded(pressure, PRESSED_AT - 1, end))
        await asyncio.sleep(0)  # let the requests start
        waited = await pressure.hold_back(token_age=0.0, token_ttl=50.0)
        end.set()
        await few
        return waited

    assert asyncio.run(main()) is False


def test_during_a_flood_a_reply_waits_until_the_flood_is_over():
    async def main() -> None:
        pressure = Pressure()
        end = asyncio.Event()
        flood = asyncio.create_task(_flooded(pressure, PRESSED_AT + 2, end))
        await asyncio.sleep(0)
        reply = asyncio.create_task(pressure.hold_back(token_age=0.0, token_ttl=50.0))
        for _ in range(20):
            await asyncio.sleep(0)
        assert not reply.done()  # the 200s first
        end.set()
        await flood
        assert await asyncio.wait_for(reply, timeout=30) is True  # the flood ended: it goes out

    asyncio.run(main())


def test_a_reply_whose_token_is_half_used_never_waits():
    async def main() -> bool:
        pressure = Pressure()
        end = asyncio.Event()
        flood = asyncio.create_task(_flooded(pressure, PRESSED_AT + 2, end))
        await asyncio.sleep(0)
        waited = await asyncio.wait_for(pressure.hold_back(token_age=25.0, token_ttl=50.0), timeout=30)
        end.set()
        await flood
        return waited

    assert asyncio.run(main()) is False


def test_a_flood_that_does_not_end_lets_a_reply_go_before_its_token_is_half_used():
    async def main() -> float:
        pressure = Pressure()
        end = asyncio.Event()
        flood = asyncio.create_task(_flooded(pressure, PRESSED_AT + 2, end))
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.wait_for(pressure.hold_back(token_age=49.7, token_ttl=100.0), timeout=30)
        elapsed = loop.time() - started
        end.set()
        await flood
        return elapsed

    assert asyncio.run(main()) < 30  # 0.3 s of the token's half life was left; it did not wait for the flood


def test_shutting_down_releases_every_reply_held_back():
    async def main() -> None:
        pressure = Pressure()
        end = asyncio.Event()
        flood = asyncio.create_task(_flooded(pressure, PRESSED_AT + 2, end))
        await asyncio.sleep(0)
        reply = asyncio.create_task(pressure.hold_back(token_age=0.0, token_ttl=50.0))
        await asyncio.sleep(0)
        pressure.release()
        assert await asyncio.wait_for(reply, timeout=30) is True
        end.set()
        with contextlib.suppress(asyncio.CancelledError):
            await flood

    asyncio.run(main())
