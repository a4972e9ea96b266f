# Test-only tools from the npm registry, installed into the build tree (never system-wide,
# never committed): ajv-cli validates our JSON output against docs/json-output.schema.json.
set(LOOPLINT_AJV_VERSION "5.0.0")
set(_tools_dir "${CMAKE_BINARY_DIR}/_deps/npm-tools")
set(LOOPLINT_AJV "${_tools_dir}/node_modules/.bin/ajv")
if(NOT EXISTS "${LOOPLINT_AJV}")
  find_program(NPM_EXECUTABLE npm)
  if(NPM_EXECUTABLE)
    message(STATUS "Installing ajv-cli@${LOOPLINT_AJV_VERSION} into the build tree for the tests")
    file(MAKE_DIRECTORY "${_tools_dir}")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" install --prefix "${_tools_dir}" --no-save --no-audit --no-fund
              --silent "ajv-cli@${LOOPLINT_AJV_VERSION}"
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(WARNING "npm install ajv-cli failed (${_rc}): ${_err}\nThe JSON schema test will fail.")
    endif()
  else()
    message(WARNING "npm not found: the JSON schema test will fail. apt-get install npm")
  endif()
endif()
