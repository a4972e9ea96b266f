# LOOP403 callable-runner-given-coroutine: trio.run()/anyio.run() take the async function and its
# arguments, not a coroutine object.
import functools

import anyio
import trio
import trio as t
from anyio import run as anyio_run
from trio import run as trio_run


async def main(delay=0):
    await trio.sleep(delay)


async def serve(host, port):
    await trio.sleep(0)


def make_main():
    return main  # returns the function: a valid callable for trio.run


class App:
    async def run_app(self):
        await trio.sleep(0)

    def entry(self):
        return trio.run(self.run_app())  # expect: LOOP403


if __name__ == "__main__":
    trio.run(main())  # expect: LOOP403
    trio.run(main(1))  # expect: LOOP403
    trio.run(serve("localhost", 8080))  # expect: LOOP403
    t.run(main())  # expect: LOOP403
    trio_run(main())  # expect: LOOP403
    anyio.run(main())  # expect: LOOP403
    anyio_run(main(2))  # expect: LOOP403
    anyio.run(main(), backend="trio")  # expect: LOOP403
    trio.run(trio.sleep(1))  # expect: LOOP403
    anyio.run(anyio.sleep(1))  # expect: LOOP403
    trio.run(App().run_app())  # expect: LOOP403
    app = App()
    trio.run(app.run_app())  # expect: LOOP403


# ---- negatives ----


if __name__ == "__main__":
    trio.run(main)
    trio.run(main, 1)
    trio.run(serve, "localhost", 8080)
    trio.run(functools.partial(main, 1))
    anyio.run(main, backend="trio")
    anyio_run(main, 2)
    trio.run(make_main())  # a sync factory returning the function itself: a callable
    trio.run(app.run_app)
    trio.run(unknown_factory())  # unresolvable: never reported
    trio.run(lambda: main())  # a callable returning a coroutine: trio accepts it


class Nursery:
    def run(self, coro):  # a project method named run
        return coro


def run(coro):  # a local def named run; not trio's
    return coro


async def local_runners():
    nursery = Nursery()
    nursery.run(main())
    run(main())
