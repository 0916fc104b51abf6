#!/usr/bin/env bash
# setup.sh - installs what gopark needs from Debian, and nothing else.
#
# Idempotent: checks each tool first and installs only what is missing, so a
# second run costs a few milliseconds. Needs root (or sudo) for apt-get.
set -euo pipefail

# Debian package -> a file that proves it is installed.
declare -A NEED=(
  [cmake]=/usr/bin/cmake
  [g++]=/usr/bin/g++
  [make]=/usr/bin/make
  [emscripten]=/usr/bin/emcc
  [libboost-context-dev]=/usr/include/boost/context/detail/fcontext.hpp
  [googletest]=/usr/src/googletest/CMakeLists.txt
  [libbenchmark-dev]=/usr/include/benchmark/benchmark.h
  [golang-go]=/usr/bin/go
  [lua5.4]=/usr/bin/lua5.4
  [chromium]=/usr/bin/chromium
  [clang-format]=/usr/bin/clang-format
  [time]=/usr/bin/time
  [clang-14]=/usr/bin/clang++-14
  [libclang-rt-14-dev]=/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a
)

missing=()
for pkg in "${!NEED[@]}"; do
  [ -e "${NEED[$pkg]}" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing from Debian: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "setup: installed ${missing[*]}"
fi

# Node packages (none are needed until the web front end exists; keep the
# lock file honest when they are).
if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
