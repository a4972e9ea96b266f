#include "rule.h"

/* Reported by the engine (src/lint.c) at the first syntax error of a file. */
/* The prefilter (lint.c): a file without any of these words cannot trigger the rule:
 * none: reported for files that needed analysis. */
static const char *const loop001_triggers[] = {NULL};

const Rule loop001_syntax_error = {
    .code = "LOOP001",
    .name = "syntax-error",
    .summary = "The file has a syntax error; it is analysed as far as it parsed",
    .severity = SEVERITY_ERROR,
    .triggers = loop001_triggers,
    .docs =
        "## What it does\n"
        "Reports the first syntax error of a file that needed analysis: the first place where the\n"
        "Python grammar could not parse it (an unexpected token, or a missing one such as a closing\n"
        "bracket). A file that needs analysis names, in its code, one of the words the enabled rules\n"
        "look for (`asyncio`, `uvloop`, `trio`, `anyio`, `aiohttp`, `asyncpg`, `run_until_complete`,\n"
        "...); a word only in comments or strings does not count (a file with an f-string before\n"
        "the word, or a string left open, is taken as naming it). Other files cannot produce a\n"
        "report, so they are not parsed and their syntax is not checked (looplint is not a syntax\n"
        "checker; `--no-prefilter` parses them but reports the same).\n"
        "\n"
        "## Why is this bad?\n"
        "Python refuses to import the file. looplint still analyses everything the parser could\n"
        "recover, but a hazard inside the broken region can be missed, so the file's results are\n"
        "incomplete until the error is fixed. One report per file, at the first error.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def main(:\n"
        "    await asyncio.sleep(0)\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "import asyncio\n"
        "\n"
        "\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "```\n",
};
