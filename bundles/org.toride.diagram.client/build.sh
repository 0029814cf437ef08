#!/bin/sh
# Builds the diagram client with the machine's npm (no downloaded Node): npm ci (no install scripts; esbuild needs
# none, its binary is an optional dependency) when the lock file changed since the
# last install, then npm run build (type check + esbuild) into target/classes/web. Run by Maven (pom.xml) or by hand.
set -eu
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "error: org.toride.diagram.client needs Node.js (>= 18) and npm on the PATH to build the diagram client;" >&2
  echo "       install them (Debian: apt-get install nodejs npm) and build again." >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ package.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --ignore-scripts
fi
npm run --silent build
