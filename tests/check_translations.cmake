# SPDX-License-Identifier: GPL-3.0-or-later
# ctest i18n_english (tests/CMakeLists.txt): cmake -DLUPDATE=… -DTS=… -DWORK=… -DSOURCES=… -P this file
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
get_filename_component(name ${TS} NAME)
file(COPY ${TS} DESTINATION ${WORK})
execute_process(COMMAND ${LUPDATE} ${SOURCES} -locations none -ts ${WORK}/${name}
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${errors}")
endif()
file(READ ${WORK}/${name} ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${ts}")
if(missing)
  string(REGEX REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
  message(FATAL_ERROR "texts with no English translation in ${name} (cmake --build BUILD --target "
                      "update_translations, then translate them):\n${missing}")
endif()
