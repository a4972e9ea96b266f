# Fetches tree-sitter-python from the npm registry with the ordinary client (`npm pack`),
# checks the tarball against a pinned SHA-256 and unpacks it into the build tree.
# The grammar is never committed; a pre-downloaded tarball can be given with
# -DLOOPLINT_GRAMMAR_TARBALL=/path/to/tree-sitter-python-0.23.6.tgz (offline builds).

set(LOOPLINT_GRAMMAR_VERSION "0.23.6")
set(LOOPLINT_GRAMMAR_SHA256 "aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a")
set(_grammar_dir "${CMAKE_BINARY_DIR}/_deps/tree-sitter-python")
set(_tarball "${_grammar_dir}/tree-sitter-python-${LOOPLINT_GRAMMAR_VERSION}.tgz")

include("${CMAKE_CURRENT_LIST_DIR}/Sha256.cmake")

file(MAKE_DIRECTORY "${_grammar_dir}")
looplint_sha256_matches("${_tarball}" "${LOOPLINT_GRAMMAR_SHA256}" _have)
if(NOT _have)
  if(LOOPLINT_GRAMMAR_TARBALL)
    file(COPY_FILE "${LOOPLINT_GRAMMAR_TARBALL}" "${_tarball}")
  else()
    find_program(NPM_EXECUTABLE npm)
    if(NOT NPM_EXECUTABLE)
      message(FATAL_ERROR "looplint needs npm to fetch tree-sitter-python ${LOOPLINT_GRAMMAR_VERSION} "
                          "(apt-get install npm), or -DLOOPLINT_GRAMMAR_TARBALL=<path to the .tgz>.")
    endif()
    message(STATUS "Fetching tree-sitter-python@${LOOPLINT_GRAMMAR_VERSION} with npm pack")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" pack "tree-sitter-python@${LOOPLINT_GRAMMAR_VERSION}"
              --pack-destination "${_grammar_dir}" --silent
      WORKING_DIRECTORY "${_grammar_dir}"
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "npm pack tree-sitter-python@${LOOPLINT_GRAMMAR_VERSION} failed (${_rc}):\n${_err}")
    endif()
  endif()
  file(SHA256 "${_tarball}" _sum)
  if(NOT _sum STREQUAL LOOPLINT_GRAMMAR_SHA256)
    file(REMOVE "${_tarball}")
    message(FATAL_ERROR
      "tree-sitter-python-${LOOPLINT_GRAMMAR_VERSION}.tgz has SHA-256 ${_sum}, "
      "expected ${LOOPLINT_GRAMMAR_SHA256}. Refusing to build with an unverified grammar.")
  endif()
  file(REMOVE_RECURSE "${_grammar_dir}/package")
endif()

if(NOT EXISTS "${_grammar_dir}/package/src/parser.c")
  file(ARCHIVE_EXTRACT INPUT "${_tarball}" DESTINATION "${_grammar_dir}")
endif()
set(LOOPLINT_GRAMMAR_SRC "${_grammar_dir}/package/src")
