# Test-only tools from the npm registry, installed into the build tree with the ordinary npm
# client at configure time (never system-wide, never committed):
#
#   LOOPLINT_AJV            ajv-cli, with ajv-formats beside it (`ajv validate -c ajv-formats`):
#                           validates our JSON output against docs/json-output.schema.json and
#                           our SARIF output against the SARIF 2.1.0 schema.
#   LOOPLINT_SARIF_SCHEMA   the SARIF 2.1.0 JSON schema (sarif-2.1.0.json, JSON Schema 2020-12:
#                           validate with --spec=draft2020) as shipped by Microsoft's SARIF SDK in
#                           the @microsoft/sarif-multitool-linux package. The package is fetched
#                           with `npm pack` (no install scripts run), checked against a pinned
#                           SHA-256, and only the schema is kept. An already downloaded tarball can
#                           be given with -DLOOPLINT_SARIF_TARBALL=/path/to/the.tgz (offline builds).
#
# A tool that cannot be installed is a warning here and a failing test later, never a failed
# configure: the build itself needs none of them.
set(LOOPLINT_AJV_VERSION "5.0.0")
set(LOOPLINT_AJV_FORMATS_VERSION "3.0.1")
set(_tools_dir "${CMAKE_BINARY_DIR}/_deps/npm-tools")
set(LOOPLINT_AJV "${_tools_dir}/node_modules/.bin/ajv")
find_program(NPM_EXECUTABLE npm)

function(_looplint_npm_version package out)
  set(${out} "" PARENT_SCOPE)
  set(_manifest "${_tools_dir}/node_modules/${package}/package.json")
  if(EXISTS "${_manifest}")
    file(READ "${_manifest}" _json)
    string(JSON _version ERROR_VARIABLE _error GET "${_json}" version)
    if(NOT _error)
      set(${out} "${_version}" PARENT_SCOPE)
    endif()
  endif()
endfunction()

_looplint_npm_version(ajv-cli _have_ajv)
_looplint_npm_version(ajv-formats _have_formats)
if(NOT EXISTS "${LOOPLINT_AJV}" OR NOT _have_ajv STREQUAL LOOPLINT_AJV_VERSION
   OR NOT _have_formats STREQUAL LOOPLINT_AJV_FORMATS_VERSION)
  if(NPM_EXECUTABLE)
    message(STATUS "Installing ajv-cli@${LOOPLINT_AJV_VERSION} and ajv-formats@${LOOPLINT_AJV_FORMATS_VERSION} "
                   "into the build tree for the tests")
    file(MAKE_DIRECTORY "${_tools_dir}")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" install --prefix "${_tools_dir}" --no-save --no-audit --no-fund
              --silent "ajv-cli@${LOOPLINT_AJV_VERSION}" "ajv-formats@${LOOPLINT_AJV_FORMATS_VERSION}"
      RESULT_VARIABLE _rc OUTPUT_QUIET ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(WARNING "npm install ajv-cli ajv-formats failed (${_rc}): ${_err}\nThe schema tests will fail.")
    endif()
  else()
    message(WARNING "npm not found: the schema tests will fail. apt-get install npm")
  endif()
endif()

# The SARIF 2.1.0 schema.
set(LOOPLINT_SARIF_PACKAGE "@microsoft/sarif-multitool-linux")
set(LOOPLINT_SARIF_PACKAGE_VERSION "5.7.0")
set(LOOPLINT_SARIF_TARBALL_SHA256 "27d8e3e96dde578a23b7c45035b8d741fece5731e2700aa068015b8c44d1514e")
set(LOOPLINT_SARIF_SCHEMA_SHA256 "1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c")
set(_sarif_dir "${CMAKE_BINARY_DIR}/_deps/sarif-schema")
set(LOOPLINT_SARIF_SCHEMA "${_sarif_dir}/sarif-2.1.0.json")

include("${CMAKE_CURRENT_LIST_DIR}/Sha256.cmake")

looplint_sha256_matches("${LOOPLINT_SARIF_SCHEMA}" "${LOOPLINT_SARIF_SCHEMA_SHA256}" _have_schema)
if(NOT _have_schema)
  file(REMOVE_RECURSE "${_sarif_dir}")
  file(MAKE_DIRECTORY "${_sarif_dir}")
  set(_tarball "${_sarif_dir}/sarif-multitool-linux-${LOOPLINT_SARIF_PACKAGE_VERSION}.tgz")
  set(_fetch_error "")
  if(LOOPLINT_SARIF_TARBALL)
    file(COPY_FILE "${LOOPLINT_SARIF_TARBALL}" "${_tarball}")
  elseif(NPM_EXECUTABLE)
    message(STATUS "Fetching ${LOOPLINT_SARIF_PACKAGE}@${LOOPLINT_SARIF_PACKAGE_VERSION} with npm pack "
                   "for its SARIF 2.1.0 schema (tests only)")
    execute_process(
      COMMAND "${NPM_EXECUTABLE}" pack "${LOOPLINT_SARIF_PACKAGE}@${LOOPLINT_SARIF_PACKAGE_VERSION}"
              --pack-destination "${_sarif_dir}" --silent
      WORKING_DIRECTORY "${_sarif_dir}"
      RESULT_VARIABLE _rc OUTPUT_VARIABLE _packed ERROR_VARIABLE _err)
    string(STRIP "${_packed}" _packed)
    if(_rc EQUAL 0 AND EXISTS "${_sarif_dir}/${_packed}")
      file(RENAME "${_sarif_dir}/${_packed}" "${_tarball}")
    else()
      set(_fetch_error "npm pack failed (${_rc}): ${_err}")
    endif()
  else()
    set(_fetch_error "npm not found (apt-get install npm)")
  endif()
  if(NOT _fetch_error)
    looplint_sha256_matches("${_tarball}" "${LOOPLINT_SARIF_TARBALL_SHA256}" _tarball_ok)
    if(_tarball_ok)
      file(ARCHIVE_EXTRACT INPUT "${_tarball}" DESTINATION "${_sarif_dir}" PATTERNS "package/sarif-2.1.0.json")
      if(EXISTS "${_sarif_dir}/package/sarif-2.1.0.json")
        file(RENAME "${_sarif_dir}/package/sarif-2.1.0.json" "${LOOPLINT_SARIF_SCHEMA}")
      endif()
      looplint_sha256_matches("${LOOPLINT_SARIF_SCHEMA}" "${LOOPLINT_SARIF_SCHEMA_SHA256}" _have_schema)
      if(NOT _have_schema)
        set(_fetch_error "the package holds no sarif-2.1.0.json with SHA-256 ${LOOPLINT_SARIF_SCHEMA_SHA256}")
      endif()
    else()
      set(_fetch_error "the tarball's SHA-256 is not ${LOOPLINT_SARIF_TARBALL_SHA256}")
    endif()
  endif()
  # The tarball is large (a .NET program); only the schema is kept.
  file(REMOVE "${_tarball}")
  file(REMOVE_RECURSE "${_sarif_dir}/package")
  if(_fetch_error)
    file(REMOVE "${LOOPLINT_SARIF_SCHEMA}")
    message(WARNING "Cannot get the SARIF 2.1.0 schema from ${LOOPLINT_SARIF_PACKAGE}@${LOOPLINT_SARIF_PACKAGE_VERSION}: "
                    "${_fetch_error}\nThe SARIF schema test will fail.")
  endif()
endif()
