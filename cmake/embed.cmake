# br_embed_files(OUTPUT out.cpp BASE dir NAMESPACE ns FUNCTION name HEADER h FILES ...)
# generates a C++ source holding each file's bytes, so the binary carries
# its built-in catalog and completion scripts.
function(br_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;BASE;NAMESPACE;FUNCTION;HEADER" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} -DBASE=${ARG_BASE} -DNAMESPACE=${ARG_NAMESPACE}
            -DFUNCTION=${ARG_FUNCTION} -DHEADER=${ARG_HEADER}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_script.cmake
    COMMENT "Embedding ${ARG_BASE}"
    VERBATIM)
endfunction()
