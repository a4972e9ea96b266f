#include "rule.h"

/* Reported by the engine (src/lint.c) at the first syntax error of a file. */
const Rule loop001_syntax_error = {
    .code = "LOOP001",
    .name = "syntax-error",
    .summary = "The file has a syntax error; it is analysed as far as it parsed",
    .severity = SEVERITY_ERROR,
    .docs =
        "## What it does\n"
        "Reports the first syntax error of a file: the first place where the Python grammar could\n"
        "not parse it (an unexpected token, or a missing one such as a closing bracket).\n"
        "\n"
        "## Why is this bad?\n"
        "Python refuses to import the file. looplint still analyses everything the parser could\n"
        "recover, but a hazard inside the broken region can be missed, so the file's results are\n"
        "incomplete until the error is fixed. One report per file, at the first error.\n"
        "\n"
        "## Example\n"
        "```python\n"
        "def main(:\n"
        "    pass\n"
        "```\n"
        "\n"
        "## Use instead\n"
        "```python\n"
        "def main():\n"
        "    pass\n"
        "```\n",
};
