#!/usr/bin/env bash
# Builds the Debian package build/galley_<version>_amd64.deb (CPack's DEB generator, from the
# same install rules as `cmake --install`; dpkg-shlibdeps works out the library dependencies)
# and checks it: lintian (no errors), desktop-file-validate and appstreamcli validate --no-net
# on the files the package installs. Install it with `sudo apt install ./build/galley_*.deb`.
# GALLEY_BUILD chooses another build folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
galley_setup --target galley galley-desktop

cd "$GALLEY_BUILD"
rm -f galley_*.deb
cpack -G DEB -B "$GALLEY_BUILD" >cpack.log || { cat cpack.log >&2; exit 1; }
package="$(ls "$GALLEY_BUILD"/galley_*.deb)"
echo "galley: built $package ($(du -h "$package" | cut -f1))"

contents="$(mktemp -d "${TMPDIR:-/tmp}/galley-deb.XXXXXX")"
trap 'rm -rf "$contents"' EXIT
dpkg-deb -x "$package" "$contents"
desktop-file-validate "$contents"/usr/share/applications/*.desktop
appstreamcli validate --no-net --explain "$contents"/usr/share/metainfo/*.metainfo.xml
lintian --fail-on error --tag-display-limit 0 "$package"
echo "galley: $package passes lintian, desktop-file-validate and appstreamcli validate."
