# Negatives: a thread class that creates, owns and runs its own loop is the right way to run
# a loop in a thread; nothing here binds to a loop that is not running where it is used.
import asyncio
import threading


class LoopThread(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.loop = asyncio.new_event_loop()  # created for this thread, run by it below

    def run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()  # Thread.run: called by threading, with no loop running

    def submit(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)


def start_background_loop():
    thread = LoopThread()
    thread.start()
    return thread


class Worker:
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()


WORKER = Worker()
