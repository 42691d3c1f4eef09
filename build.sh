#!/usr/bin/env bash
# Loopwise: install what is missing, build, then start the app or run the tests.
#   ./build.sh run [app options]   build (Release) and start Loopwise
#   ./build.sh test                build and run every test headless through ctest: the
#                                  Release build, then a check build with asserts on
#   ./build.sh package             build (Release) and make the package with CPack (on
#                                  Debian/Ubuntu: build/loopwise_<version>_<arch>.deb)
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${LOOPWISE_BUILD_DIR:-build}
# The check build: Debug, so Qt's Q_ASSERT and Eigen's bounds and size asserts are on (no
# NDEBUG, no QT_NO_DEBUG), but optimized with -O1: Eigen's templates at -O0 make the
# training tests several times slower.
CHECK_BUILD_DIR=${LOOPWISE_CHECK_BUILD_DIR:-build-check}
# Warnings fail the build in CI (CI=true, as .ci/run and the usual CI services set it);
# locally a newer compiler's new warning does not stop you.
WERROR=OFF
[ "${CI:-}" = true ] && WERROR=ON
JOBS=${LOOPWISE_JOBS:-$(nproc 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)}

# Debian/Ubuntu packages the build, the app and the tests need.
DEBIAN_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libeigen3-dev
  qml6-module-qtquick qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-shapes
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qt-labs-folderlistmodel
  qml6-module-qtcharts qml6-module-qttest qml6-module-qtcore
  libgtest-dev libbenchmark-dev
  xvfb xauth xdotool libgl1-mesa-dri fonts-dejavu-core
  # The package: icons drawn from the SVG, the .deb's dependencies, and the validators and
  # man tools its test runs.
  librsvg2-bin dpkg-dev desktop-file-utils appstream groff-base man-db
  # The C++ style check (tests/style).
  clang-format git
  # Arabic shaped by a typeface made for it (Noto Sans/Naskh/Kufi Arabic); Windows and macOS have their own.
  fonts-noto-core
)

install_missing() {
  if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    local missing=()
    for package in "${DEBIAN_PACKAGES[@]}"; do
      dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
      echo "Installing: ${missing[*]}"
      local sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
  else
    for tool in cmake; do
      command -v "$tool" >/dev/null 2>&1 || {
        echo "Please install: CMake >= 3.22, a C++20 compiler, Qt >= 6.4 (Quick, Quick Controls 2, Charts," \
             "Sql with SQLite, Linguist tools), Eigen 3.4, GoogleTest and Google Benchmark." \
             "See README.md (Windows and macOS)." >&2
        exit 1
      }
    done
  fi
}

# configure_and_build DIR [cmake options]: configures DIR once with the options, then builds.
configure_and_build() {
  local dir=$1
  shift
  local generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" "${generator[@]}" "$@"
  fi
  cmake -S . -B "$dir" -DLOOPWISE_WERROR="$WERROR" >/dev/null
  cmake --build "$dir" --parallel "$JOBS"
}

run_tests() {
  QT_QPA_PLATFORM=offscreen ctest --test-dir "$1" --output-on-failure --timeout 600 -j "$JOBS"
}

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
  run)
    install_missing
    configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
    exec "$BUILD_DIR/app/loopwise" "$@"
    ;;
  test)
    install_missing
    configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
    run_tests "$BUILD_DIR"
    # The benchmarks measure the Release build only.
    configure_and_build "$CHECK_BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1" \
      -DLOOPWISE_BUILD_BENCHMARKS=OFF
    run_tests "$CHECK_BUILD_DIR"
    ;;
  package)
    install_missing
    configure_and_build "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$BUILD_DIR" --target package
    ;;
  *)
    echo "usage: ./build.sh run [loopwise options] | ./build.sh test | ./build.sh package" >&2
    exit 2
    ;;
esac
