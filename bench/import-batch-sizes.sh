#!/usr/bin/env bash
# Imports one ecosystem through the CLI, as a user would, once into an empty store and once more over itself (every
# record exists: the update path), per batch size, each size in a local Neo4j of its own (a store that was cleared
# between imports behaves differently from a new one; docs/benchmarks.md, "Import").
# Usage: bench/import-batch-sizes.sh DATA_DIR [SIZE ...]   e.g. bench/import-batch-sizes.sh bench/out/generate-100000/data 2000 5000
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:?usage: bench/import-batch-sizes.sh DATA_DIR [SIZE ...]}
shift
sizes=("$@")
[[ $# -eq 0 ]] && sizes=(2000 5000)
export NEO4J_LOCAL_PORT=${NEO4J_LOCAL_PORT:-7790} NEO4J_LOCAL_HEAP=${NEO4J_LOCAL_HEAP:-4g}
unset NEO4J_URI
echo "| batch size | into an empty store, s | again over itself, s |"
echo "|---:|---:|---:|"
for size in "${sizes[@]}"; do
  export NEO4J_LOCAL_DIR
  NEO4J_LOCAL_DIR=$(mktemp -d /tmp/csp-batch-XXXXXX)
  ./csp db start >/dev/null
  seconds() { local start=$SECONDS; ./csp import "$data" --batch-size "$size" --mode journaled >/dev/null; echo $((SECONDS - start)); }
  fresh=$(seconds)
  again=$(seconds)
  ./csp db stop >/dev/null
  rm -rf "$NEO4J_LOCAL_DIR"
  echo "| $size | $fresh | $again |"
done
