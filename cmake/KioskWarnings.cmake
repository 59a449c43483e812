# Project code compiles with warnings as errors; generated and third-party code is not ours to fix.
function(kiosk_strict_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER
                             QT_NO_URL_CAST_FROM_STRING)
endfunction()
