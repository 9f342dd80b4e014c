# Checks for, and where it can installs, what the product needs on this machine. Sourced by ./csp.
# System packages come from apt when running as root on Debian/Ubuntu; otherwise the message says what to run.

say() { printf 'csp: %s\n' "$*" >&2; }

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $* with apt-get"
    if [ -z "${CSP_APT_UPDATED:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      export CSP_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
  else
    say "missing: $*. Install with: sudo apt-get install -y $*"
    exit 1
  fi
}

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    say "Node.js 20.19+ or 22.12+ is needed. Install it from your package manager (e.g. sudo apt-get install -y nodejs npm)."
    exit 1
  fi
  node -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
    if (!ok) { console.error(`csp: Node.js ${process.versions.node} is too old: 20.19+ or 22.12+ is needed.`); process.exit(1); }
  '
}

ensure_node_modules() {
  # Reinstall when package-lock.json is newer than the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund >&2
  fi
}

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -n 1 |
    awk '{ print ($1 == 1 ? $2 : $1) }'
}

ensure_java_and_maven() {
  if [ -n "${NEO4J_URI:-}" ]; then return; fi
  local missing=()
  if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then missing+=(openjdk-17-jdk-headless); fi
  if ! command -v mvn >/dev/null 2>&1; then missing+=(maven); fi
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
}

ensure_neo4j_runner() {
  if [ -n "${NEO4J_URI:-}" ]; then return; fi
  if [ ! -f neo4j-local/target/classpath.txt ] || [ neo4j-local/pom.xml -nt neo4j-local/target/classpath.txt ] ||
    [ neo4j-local/src/main/java/cspgraph/local/LocalNeo4j.java -nt neo4j-local/target/classpath.txt ]; then
    say "building the local Neo4j runner (Neo4j from Maven Central)"
    mvn -q -B -f neo4j-local/pom.xml package >&2
  fi
}

# The web explorer's end-to-end tests and benchmark drive Debian's Chromium (playwright-core never downloads one).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
}

ensure_all() {
  ensure_node
  ensure_java_and_maven
  ensure_node_modules
  ensure_neo4j_runner
  ensure_chromium
}
