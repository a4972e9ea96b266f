#include "asyncio_names.h"

#include <stddef.h>

const char *const ASYNCIO_PRIMITIVES[] = {
    "asyncio.Lock",  "asyncio.Event",         "asyncio.Condition", "asyncio.Semaphore",
    "asyncio.BoundedSemaphore", "asyncio.Queue", "asyncio.PriorityQueue", "asyncio.LifoQueue",
    "asyncio.Barrier", "asyncio.Future", NULL,
};
