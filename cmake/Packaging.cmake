# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package of the kiosk (`./kiosk.sh package`, docs/deploy.md): CPack's DEB generator over
# the project's install rules (kiosk and kioskctl in bin/, the demo content in share/kiosk/) plus the
# system integration below. The paths are Debian 12's (units in /lib/systemd/system). CPack installs
# under /usr whatever CMAKE_INSTALL_PREFIX is; the kiosk finds its demo content next to its binary.
set(KIOSK_PACKAGE_NAME kiosk-metiers-numerique)
set(KIOSK_PACKAGE_MAINTAINER "Équipe Kiosque Métiers du numérique <kiosque-metiers-numerique@users.noreply.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(kiosk_config ${PROJECT_SOURCE_DIR}/kiosk-config)
set(kiosk_debian ${kiosk_config}/debian)
set(kiosk_doc_dir share/doc/${KIOSK_PACKAGE_NAME})

# System integration. Absolute destinations: these rules only make sense in the package.
install(FILES ${kiosk_config}/kiosk.ini DESTINATION /etc/kiosk)
install(DIRECTORY DESTINATION /etc/kiosk/keys)   # trusted public keys of the staff (*.pub)
install(FILES ${kiosk_config}/kiosk.default DESTINATION /etc/default RENAME kiosk)
install(FILES ${kiosk_config}/kiosk-session.service ${kiosk_config}/kiosk-usb-mount@.service
        DESTINATION /lib/systemd/system)
install(FILES ${kiosk_config}/90-kiosk-usb.rules DESTINATION /lib/udev/rules.d)
install(PROGRAMS ${kiosk_config}/kiosk-usb-mount DESTINATION libexec/kiosk)

# Documentation on the kiosk itself: the technician reads deploy.md there. Debian wants the
# changelog and manual pages compressed with gzip -9n (no time stamp).
function(kiosk_gzip source output)
  execute_process(COMMAND gzip -9nc ${source} OUTPUT_FILE ${output} COMMAND_ERROR_IS_FATAL ANY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
endfunction()
configure_file(${kiosk_debian}/changelog.in ${CMAKE_BINARY_DIR}/debian/changelog @ONLY)
kiosk_gzip(${CMAKE_BINARY_DIR}/debian/changelog ${CMAKE_BINARY_DIR}/debian/changelog.gz)
install(FILES ${kiosk_debian}/copyright ${CMAKE_BINARY_DIR}/debian/changelog.gz
        ${PROJECT_SOURCE_DIR}/docs/deploy.md ${PROJECT_SOURCE_DIR}/docs/guide-personnel.md
        ${PROJECT_SOURCE_DIR}/docs/content-pack.md ${PROJECT_SOURCE_DIR}/docs/authoring.md
        DESTINATION ${kiosk_doc_dir})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${kiosk_doc_dir})   # the staff guide's screenshots
foreach(page kiosk.1 kioskctl.1)
  kiosk_gzip(${PROJECT_SOURCE_DIR}/docs/man/${page} ${CMAKE_BINARY_DIR}/debian/${page}.gz)
  install(FILES ${CMAKE_BINARY_DIR}/debian/${page}.gz DESTINATION share/man/man1)
endforeach()

# Control files: maintainer scripts (user, data directory, unit state) and the configuration files
# dpkg must not overwrite when the technician changed them.
file(WRITE ${CMAKE_BINARY_DIR}/debian/conffiles "/etc/kiosk/kiosk.ini\n/etc/default/kiosk\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_BINARY_DIR}/debian/conffiles ${kiosk_debian}/postinst ${kiosk_debian}/prerm
    ${kiosk_debian}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${KIOSK_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${KIOSK_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline touch kiosk about digital jobs for fairs and school libraries")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Kiosque Métiers du numérique shows job cards, interviews with captions,
trainings and the Lycée numérique label of Occitanie on a touchscreen, with
a quiz and an on-screen keyboard, and resets itself for the next visitor.
It never uses the network: staff update its content with a signed content
pack on a USB stick.
.
This package runs the kiosk fullscreen under the cage Wayland compositor on
tty1 (kiosk-session.service, enabled by the technician) as the `kiosk` user,
and mounts USB sticks under /media/kiosk, read-only unless staff ask for the
statistics export. See /usr/share/doc/kiosk-metiers-numerique/deploy.md.")

# Libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run time does not show
# there: the QML modules the UI imports (tests/package checks this list against qml/), the SQLite
# driver, the on-screen keyboard's input context and the SVG image plugin (interface icons), the
# GStreamer plugins (H.264/AAC, VP9/Opus, and ALSA: with no sound server in the cage session, the
# only way to the loudspeaker, tests/unit/tst_soundoutput.cpp), the font, cage and Xwayland (the
# kiosk is an X11 client of cage, see kiosk-session.service; Debian's cage also refuses to start
# without it).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
  libqt6sql6-sqlite
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-shapes
  qml6-module-qtmultimedia qml6-module-qtquick-virtualkeyboard qml6-module-qt-labs-folderlistmodel
  qt6-virtualkeyboard-plugin libqt6svg6
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-alsa
  fonts-dejavu-core cage xwayland procps adduser systemd udev)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS minisign)

include(CPack)
