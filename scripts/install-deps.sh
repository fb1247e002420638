#!/bin/sh
# Installs what building and testing alignlint needs on Debian 12.
# Runs as root, or through sudo when it is available.
set -eu
PACKAGES="cmake ninja-build gcc g++ python3 patch git
  clang-19 libclang-19-dev llvm-19-dev llvm-19-tools clang-tools-19 clang-tidy-19 clang-format-19
  clang-22 libclang-22-dev llvm-22-dev llvm-22-tools clang-tools-22 clang-tidy-22
  clang-16 libclang-16-dev llvm-16-dev llvm-16-tools clang-tools-16 clang-tidy-16
  clang-15 libclang-15-dev llvm-15-dev llvm-15-tools clang-tools-15 clang-tidy-15
  clang-14 libclang-14-dev llvm-14-dev llvm-14-tools clang-tools-14 clang-tidy-14
  libyaml-dev libxxhash-dev libjansson-dev xxhash csmith libcsmith-dev bear
  zlib1g-dev libzstd-dev libncurses-dev
  chromium chromium-driver clangd-22 clangd-19 clangd-14 neovim"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
