# Runs `chokepoint decode --format FORMAT INPUT`; stdout followed by the stderr error summary must equal
# EXPECTED byte for byte. Exit code 1 (bad input) is allowed: golden cases include malformed input.
get_filename_component(actual_dir "${ACTUAL}" DIRECTORY)
file(MAKE_DIRECTORY "${actual_dir}")
execute_process(COMMAND "${CHOKEPOINT}" decode --format ${FORMAT} "${INPUT}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
    message(FATAL_ERROR "chokepoint exited with ${rc}: ${err}")
endif()
string(REPLACE "${INPUT}" "INPUT" err "${err}")
file(WRITE "${ACTUAL}" "${out}# stderr:\n${err}")
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${ACTUAL}" "${EXPECTED}" RESULT_VARIABLE differ)
if(differ)
    execute_process(COMMAND diff -u "${EXPECTED}" "${ACTUAL}")
    message(FATAL_ERROR "golden mismatch: ${ACTUAL} differs from ${EXPECTED}")
endif()
