#!/usr/bin/env bash
# Makes the pgvector extension available to Debian's PostgreSQL, for the pgvector store's contract suite
# (PgVectorStoreIT starts a throwaway cluster of it with initdb). Debian 12 ships no pgvector binary package, so
# this builds Debian's own source package (pgvector 0.8, from trixie's deb-src) against bookworm's server headers:
# about a minute. Does nothing when the extension is there already.
set -euo pipefail
PG_MAJOR=${PG_MAJOR:-15}
if [ -f "/usr/share/postgresql/$PG_MAJOR/extension/vector.control" ]; then
  echo "pgvector is installed for PostgreSQL $PG_MAJOR"
  exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Building pgvector for PostgreSQL $PG_MAJOR from Debian's source package"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" \
  build-essential dpkg-dev >/dev/null
sources=/etc/apt/sources.list.d/freshet-pgvector-src.sources
if [ ! -f "$sources" ]; then
  printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: trixie' 'Components: main' \
    'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' | $SUDO tee "$sources" >/dev/null
  $SUDO apt-get update -qq
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source --download-only -qq pgvector >/dev/null
dpkg-source -x --no-check ./pgvector_*.dsc src >/dev/null
cd src
make -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" >/dev/null
$SUDO make -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" install >/dev/null
echo "pgvector $(sed -n "s/^default_version = '\(.*\)'/\1/p" vector.control) installed for PostgreSQL $PG_MAJOR"
