#!/usr/bin/env bash
# Install what jobreq needs to build and test on Debian 12 (idempotent).
# Run as root or with sudo available.  Prints only what it installs.
set -euo pipefail

PACKAGES=(
    build-essential pkg-config python3 clang llvm libclang-rt-14-dev bc
    postgresql-15 postgresql-server-dev-15 postgresql-contrib
    libpcre2-dev libjansson-dev
    postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
    python3-psycopg2 python3-psycopg
    libpostgresql-jdbc-java default-jdk-headless
    nodejs npm
    valgrind
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

# Some images ship node/npm/java outside Debian's packages; accept those.
filtered=()
for pkg in "${missing[@]}"; do
    case "$pkg" in
        nodejs) command -v node >/dev/null 2>&1 || filtered+=("$pkg") ;;
        npm) command -v npm >/dev/null 2>&1 || filtered+=("$pkg") ;;
        default-jdk-headless) command -v javac >/dev/null 2>&1 || filtered+=("$pkg") ;;
        *) filtered+=("$pkg") ;;
    esac
done

if [ ${#filtered[@]} -gt 0 ]; then
    echo "setup: installing ${filtered[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${filtered[@]}" >/dev/null
fi
