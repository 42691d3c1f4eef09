#!/usr/bin/env bash
# package_test.sh BUILD_DIR BUILD_TYPE PACKAGE APP_ID BUILT_APP
# Makes the .deb from BUILD_DIR (no rebuild), installs it with dpkg, runs the installed
# loopwise (--version, a headless screenshot of the course home), validates the desktop entry,
# the AppStream metainfo and the man page, then purges the package and checks nothing is left.
# Exit 77 (ctest: skipped) with the reason where it cannot run. LOOPWISE_PACKAGE_KEEP=DIR keeps
# the .deb, the screenshot and the validators' output there.
set -uo pipefail
build_dir=$1 build_type=$2 package=$3 app_id=$4 built_app=$5

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
started=${EPOCHREALTIME/,/.}
step() { awk -v now="${EPOCHREALTIME/,/.}" -v start="$started" -v what="$*" \
             'BEGIN { printf "%6.1f s  %s\n", now - start, what }'; }

[ "$build_type" = Release ] || skip "the package is made from the Release build; this is a $build_type build"
{ [ -f /etc/debian_version ] && command -v dpkg >/dev/null; } || skip "not a Debian system (no dpkg)"
[ "$(id -u)" -eq 0 ] || skip "installing with dpkg -i needs root"
for tool in cpack dpkg-shlibdeps desktop-file-validate appstreamcli groff man; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (./build.sh installs it)"
done
if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$'; then
  skip "$package is already installed from a package; the test neither replaces nor removes it"
fi
[ ! -e /usr/bin/loopwise ] || skip "/usr/bin/loopwise exists (installed by hand?); the test does not overwrite it"

work=$(mktemp -d)
installed_by_us=0
cleanup() {
  [ "$installed_by_us" = 1 ] && dpkg --purge "$package" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The package, from the binaries of this build tree.
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack could not make the package"; }
deb=$(ls "$work"/package/*.deb)
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
echo "Files:"; grep -v '/$' "$work/contents" | sed 's/^/  /'
share=/usr/share
expected=(/usr/bin/loopwise "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
          "$share/icons/hicolor/scalable/apps/$app_id.svg" "$share/man/man1/loopwise.1.gz")
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("$share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
  grep -qx "$file" "$work/contents" || fail "the package lacks $file"
done
outside=$(grep -v '/$' "$work/contents" | grep -v -e '^/usr/bin/' -e '^/usr/share/' || true)
[ -z "$outside" ] || fail "the package installs outside /usr/bin and /usr/share: $outside"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6quick6 libqt6core6 qml6-module-qtquick-controls qml6-module-qtcharts libqt6sql6-sqlite fonts-dejavu-core; do
  [[ "$depends" == *"$needed"* ]] || fail "the package does not depend on $needed"
done
# Which directories dpkg will create (to check they go again).
grep '/$' "$work/contents" | sed 's|/$||' | grep -v '^$' | while read -r dir; do
  [ -d "$dir" ] || echo "$dir"
done >"$work/new-dirs"

# 2. Installed into the machine.
installed_by_us=1
dpkg --install "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --install failed"; }
step "installed with dpkg --install"

# 3. The installed app, away from the build tree: a clean environment, another folder.
run_installed() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
                    XDG_RUNTIME_DIR="$work/runtime" /usr/bin/loopwise "$@"); }
mkdir -p "$work/home" "$work/runtime" && chmod 700 "$work/runtime"
version=$(run_installed --version) || fail "the installed loopwise --version failed"
echo "--version: $version"
[[ "$version" =~ ^loopwise\ [0-9]+\.[0-9]+\.[0-9]+\ \(git\ ([0-9a-f]{12}(-modified)?|unknown)\)$ ]] ||
  fail "--version does not say version and commit: $version"
[ "$version" = "$("$built_app" --version)" ] || fail "the installed app is not the one this tree built"
run_installed --open home --size 1280x800 --data-dir "$work/data" --screenshot "$work/home.png" \
  >"$work/screenshot.log" 2>&1 || { cat "$work/screenshot.log"; fail "the installed app could not show the course home"; }
# A PNG of 1280x800: the width and height stand in the header's first chunk (bytes 17-24).
size=$(od -An -tu1 -j16 -N8 "$work/home.png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
[ "$size" = 1280x800 ] || fail "the screenshot is $size, not 1280x800"
[ "$(stat -c %s "$work/home.png")" -gt 20000 ] || fail "the screenshot is almost empty"
step "installed app: --version and the course home at 1280x800"

# 4. The validators, on the installed files.
desktop_file=$share/applications/$app_id.desktop
desktop-file-validate "$desktop_file" >"$work/desktop-file-validate.txt" 2>&1 || true
echo "desktop-file-validate $desktop_file:"; sed 's/^/  /' "$work/desktop-file-validate.txt"
[ ! -s "$work/desktop-file-validate.txt" ] || fail "desktop-file-validate found problems"
metainfo=$share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net --no-color "$metainfo" >"$work/appstreamcli.txt" 2>&1
appstream_status=$?
echo "appstreamcli validate --no-net $metainfo:"; sed 's/^/  /' "$work/appstreamcli.txt"
[ "$appstream_status" -eq 0 ] || fail "appstreamcli validate failed"
grep -qE '^[EW]:' "$work/appstreamcli.txt" && fail "appstreamcli reports errors or warnings"
man_page=$share/man/man1/loopwise.1.gz
zcat "$man_page" | groff -man -ww -z >"$work/groff.txt" 2>&1
MANWIDTH=80 man --warnings -l "$man_page" >"$work/man.txt" 2>"$work/man-warnings.txt"
echo "groff -man -ww -z / man --warnings -l $man_page:"; cat "$work/groff.txt" "$work/man-warnings.txt" | sed 's/^/  /'
[ ! -s "$work/groff.txt" ] && [ ! -s "$work/man-warnings.txt" ] || fail "the man page has troff warnings"
grep -q 'OPTIONS' "$work/man.txt" || fail "man shows no OPTIONS section"
# Every option --help lists is in the man page.
for option in $(run_installed --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
  zcat "$man_page" | grep -qF -- "${option//-/\\-}" || fail "the man page lacks $option"
done
step "desktop-file-validate, appstreamcli validate, groff and man: clean"

if [ -n "${LOOPWISE_PACKAGE_KEEP:-}" ]; then
  mkdir -p "$LOOPWISE_PACKAGE_KEEP"
  cp "$deb" "$work/home.png" "$work"/*.txt "$work/contents" "$LOOPWISE_PACKAGE_KEEP"/
fi

# 5. Removed and purged: no file of the package and no folder it made is left.
dpkg --remove "$package" >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --remove failed"; }
dpkg --purge "$package" >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge failed"; }
installed_by_us=0
dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$' &&
  fail "dpkg still knows $package after the purge"
left=$(grep -v '/$' "$work/contents" | while read -r file; do [ -e "$file" ] && echo "$file"; done
       while read -r dir; do [ -e "$dir" ] && echo "$dir/"; done <"$work/new-dirs")
[ -z "$left" ] || fail "left after the purge: $left"
step "removed and purged; nothing left"
