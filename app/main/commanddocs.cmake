# Writes galley's bash completion and manual page by asking the galley just built (they are made
# from its table of commands and the commands' own --help, so they cannot fall behind it).
# cmake -DGALLEY=<galley binary> -DCOMPLETION=<file> -DMANPAGE=<file> -P commanddocs.cmake
foreach(variable GALLEY COMPLETION MANPAGE)
    if(NOT ${variable})
        message(FATAL_ERROR "commanddocs.cmake: ${variable} is not set")
    endif()
endforeach()

function(galley_write option output)
    get_filename_component(folder "${output}" DIRECTORY)
    file(MAKE_DIRECTORY "${folder}")
    # English whatever the build machine's locale; Qt needs no display for this.
    set(ENV{LC_ALL} C.UTF-8)
    execute_process(COMMAND "${GALLEY}" --lang en ${option}
                    OUTPUT_FILE "${output}.tmp" RESULT_VARIABLE result ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        file(REMOVE "${output}.tmp")
        message(FATAL_ERROR "galley --lang en ${option} failed (${result}): ${errors}")
    endif()
    file(RENAME "${output}.tmp" "${output}")
endfunction()

galley_write("--completion;bash" "${COMPLETION}")
galley_write("--man-page" "${MANPAGE}")
