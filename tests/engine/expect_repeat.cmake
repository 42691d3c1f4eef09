# Runs the command after "--" twice, each time with "--save <file>", and checks that both runs
# saved the same bytes: the same build, given the same seed, repeats itself exactly.
include(${CMAKE_CURRENT_LIST_DIR}/command_after_dashes.cmake)
foreach(run 1 2)
  execute_process(COMMAND ${command} --save ${OUTPUT_DIR}/repeat${run}.json RESULT_VARIABLE code)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "run ${run} ended with exit code ${code}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT_DIR}/repeat1.json ${OUTPUT_DIR}/repeat2.json
                RESULT_VARIABLE differ)
if(NOT differ EQUAL 0)
  message(FATAL_ERROR "two runs with the same seed saved different networks")
endif()
