# cmake -DSOURCE_DIR=... -DOUTPUT=GitCommit.h -P GitCommit.cmake, at every build: writes the git
# commit the sources are at (with "-modified" when files differ from it; "unknown" outside a
# git checkout). The file is rewritten only when that changes, so main.cpp recompiles only then.
cmake_minimum_required(VERSION 3.22)
execute_process(COMMAND git -C ${SOURCE_DIR} rev-parse --short=12 HEAD
                OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE failed ERROR_QUIET)
if(failed OR commit STREQUAL "")
  set(commit unknown)
else()
  execute_process(COMMAND git -C ${SOURCE_DIR} status --porcelain --untracked-files=no
                  OUTPUT_VARIABLE changes ERROR_QUIET)
  if(NOT changes STREQUAL "")
    string(APPEND commit "-modified")
  endif()
endif()
set(content "#pragma once\n#define LOOPWISE_GIT_COMMIT \"${commit}\"\n")
set(written "")
if(EXISTS ${OUTPUT})
  file(READ ${OUTPUT} written)
endif()
if(NOT written STREQUAL content)
  file(WRITE ${OUTPUT} "${content}")
endif()
