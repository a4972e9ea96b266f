# The name is in the code here, though nothing imports it (so it resolves to nothing): a
# broken file's error recovery could make an import of it (`import asyncit asyncio` reads as
# two imports), so the file needs analysis and its syntax error is reported.


class Runner:
    def run(self):
        return self.asyncio


def broken(:  # expect: LOOP001
    pass
