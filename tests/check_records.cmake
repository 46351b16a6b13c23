# Runs `solieu extract` over the corpus and the shared SCHEMA.md checker over
# the result; fails if either fails.
file(GLOB docs RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} corpus/*.txt)
list(SORT docs)
execute_process(COMMAND ${SOLIEU} extract --quiet ${docs} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "solieu extract failed with ${rc}")
endif()
execute_process(COMMAND ${CHECKER} ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0 OR NOT out MATCHES " 0 problems")
  message(FATAL_ERROR "check-records found problems")
endif()
