# Fails when a tracked C++ file differs from what clang-format makes of it; names the files.
execute_process(COMMAND ${CLANG_FORMAT} --version OUTPUT_VARIABLE version)
if(NOT version MATCHES "version 14\\.")
  message("Skipped: the style is checked with clang-format 14; this is ${version}")
  return()
endif()
execute_process(COMMAND ${GIT} ls-files -- "*.cpp" "*.h"
  WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REPLACE "\n" ";" files "${files}")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files}
  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Not in the project's style (fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i):\n${errors}")
endif()
