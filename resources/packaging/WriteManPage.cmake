# cmake -DAPP=loopwise -DOUTPUT=loopwise.1 -DGZIP=gzip -P WriteManPage.cmake
# Writes the app's own --help-man to OUTPUT and OUTPUT.gz (as Debian installs man pages).
cmake_minimum_required(VERSION 3.22)
execute_process(COMMAND ${APP} --help-man OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "${APP} --help-man failed: ${failed}")
endif()
execute_process(COMMAND ${GZIP} -9 --no-name --stdout ${OUTPUT} OUTPUT_FILE ${OUTPUT}.gz COMMAND_ERROR_IS_FATAL ANY)
