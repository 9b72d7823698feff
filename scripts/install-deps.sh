#!/usr/bin/env bash
# Installs, from Debian 12's packages, whatever the build, the tests and the
# optional run-time helpers need and the machine lacks. Root or sudo.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config
  libcli11-dev libfmt-dev libyaml-cpp-dev doctest-dev nlohmann-json3-dev libsqlite3-dev
  # idle time: sd-bus linked; X11 and Wayland headers only (libX11, libXss and
  # libwayland-client are loaded at run time)
  libsystemd-dev libx11-dev libxss-dev libwayland-dev
)
if [[ "${1:-}" == "--test" || "${1:-}" == "--package" ]]; then
  # sheets are printed to PDF by headless Chromium and read back with poppler;
  # the man page is built with pandoc and the package with dpkg-dev's tools
  packages+=(chromium poppler-utils fonts-dejavu-core pandoc dpkg-dev file)
  # the idle sources are tested against Xvfb moved by xdotool, and a fake
  # GNOME IdleMonitor (python3-dbus) on a private dbus-daemon
  packages+=(xvfb xdotool libxss1 dbus python3-dbus python3-gi)
  # and a fake Wayland compositor (tests/fake_compositor.cpp, libwayland-server)
  packages+=(libwayland-dev)
  # CI checks the formatting against the committed .clang-format
  packages+=(clang-format)
fi

if [[ "${1:-}" == "--bench" ]]; then
  # start-up timings with hyperfine, figures read with jq, peak memory with GNU time
  packages+=(hyperfine jq time)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
