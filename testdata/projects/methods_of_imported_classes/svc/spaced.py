# No event-loop words here: the index finds this file by the names it uses (Worker, and
# run_spaced after a dot), however the method call is spaced.
from svc.worker import Worker


async def spaced_handler():
    worker = Worker()
    (worker
        . run_spaced())


def not_a_call():
    # "run_spaced" only inside a longer name, or without a dot: no use of the method.
    run_spaced_later = "run_spaced"
    return run_spaced_later
