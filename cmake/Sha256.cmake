# looplint_sha256_matches(FILE EXPECTED OUT): OUT is TRUE when FILE exists and its SHA-256 is
# EXPECTED. Every download of the build is checked against a pinned hash with it.
function(looplint_sha256_matches file expected out)
  set(${out} FALSE PARENT_SCOPE)
  if(EXISTS "${file}")
    file(SHA256 "${file}" _sum)
    if(_sum STREQUAL expected)
      set(${out} TRUE PARENT_SCOPE)
    endif()
  endif()
endfunction()
