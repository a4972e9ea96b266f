#!/usr/bin/env bash
# Runs looplint (the binary in LOOPLINT_WRAPPED) under valgrind memcheck, for the case scripts:
# `make test-valgrind` configures the test build with -DLOOPLINT_TEST_WRAPPER=<this script>.
# Any memory error, or a leak that is definitely or indirectly lost, makes the exit status 99,
# which every case script takes for a crash. Memory still reachable at exit is not a leak.
# The child processes that parse large files first (src/frontend.c) are checked too, but report
# through their exit status only: a failure there is the parser's, and looplint handles it.
exec valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --show-leak-kinds=definite,indirect --child-silent-after-fork=yes \
  "${LOOPLINT_WRAPPED:?set LOOPLINT_WRAPPED to the looplint binary}" "$@"
