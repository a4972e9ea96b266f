# LOOP201 negatives: names that look like asyncio primitives but are not.
import threading
from threading import Lock
from multiprocessing import Queue, Event

THREAD_LOCK = Lock()  # threading.Lock imported as Lock
RLOCK = threading.RLock()
CONDITION = threading.Condition()
SEMAPHORE = threading.Semaphore()
MP_QUEUE = Queue()
MP_EVENT = Event()


def Semaphore(value=1):  # a local function named like a primitive
    return value


LOCAL = Semaphore(2)


class asyncio:  # a local class shadowing the module name
    @staticmethod
    def Lock():
        return None


FAKE = asyncio.Lock()
