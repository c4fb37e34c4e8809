#!/usr/bin/env bash
# Load test on loopback: Graph answering the mediators query, beside a bare ASP.NET Core endpoint answering the
# same bytes, in the same run. Rounds alternate between the two; medians are reported.
# Usage: bash bench/load/run.sh [seconds per round] [connections] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_ROUND=${1:-10}
CONNECTIONS=${2:-16}
ROUNDS=${3:-3}
GRAPH_PORT=5091
BARE_PORT=5092
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release -v quiet -nologo src/Graph.Server >/dev/null
dotnet build -c Release -v quiet -nologo bench/Graph.LoadBaseline >/dev/null

run_graph() { # $1 = result cache entries (0 disables the cache)
  Graph__DataDirectory="$work/data" Graph__ResultCacheEntries="$1" Logging__LogLevel__Default=Warning \
    dotnet src/Graph.Server/bin/Release/net10.0/graph.dll serve --urls "http://127.0.0.1:$GRAPH_PORT" >"$work/graph.log" 2>&1 &
  echo $!
}
wait_for() { for _ in $(seq 1 120); do curl -s -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer from $1"; exit 1; }

query_json=$(node -e 'console.log(JSON.stringify({query: require("fs").readFileSync(process.argv[1], "utf8")}))' bench/load/mediators.graphql)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for cache in 2000 0; do
  pid=$(run_graph $cache)
  wait_for "http://127.0.0.1:$GRAPH_PORT/healthz"
  curl -s -X POST -H 'content-type: application/json' -H 'accept: application/graphql-response+json' \
    --data "$query_json" "http://127.0.0.1:$GRAPH_PORT/graphql" >"$work/response.json"
  dotnet bench/Graph.LoadBaseline/bin/Release/net10.0/Graph.LoadBaseline.dll "$work/response.json" --urls "http://127.0.0.1:$BARE_PORT" >/dev/null 2>&1 &
  bare=$!
  sleep 2
  : >"$work/graph.txt"; : >"$work/bare.txt"
  for round in $(seq 1 "$ROUNDS"); do
    node bench/load/autocannon.mjs "http://127.0.0.1:$GRAPH_PORT/graphql" bench/load/mediators.graphql "$SECONDS_PER_ROUND" "$CONNECTIONS" >>"$work/graph.txt"
    node bench/load/autocannon.mjs "http://127.0.0.1:$BARE_PORT/graphql" bench/load/mediators.graphql "$SECONDS_PER_ROUND" "$CONNECTIONS" >>"$work/bare.txt"
  done
  kill "$pid" "$bare"; wait "$pid" "$bare" 2>/dev/null || true
  field() { node -e 'for (const l of require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n")) console.log(JSON.parse(l)[process.argv[2]])' "$1" "$2"; }
  g_rps=$(field "$work/graph.txt" requestsPerSecond | median); b_rps=$(field "$work/bare.txt" requestsPerSecond | median)
  g_p50=$(field "$work/graph.txt" p50Ms | median); b_p50=$(field "$work/bare.txt" p50Ms | median)
  g_p99=$(field "$work/graph.txt" p99Ms | median); b_p99=$(field "$work/bare.txt" p99Ms | median)
  g_bad=$(field "$work/graph.txt" non2xx | paste -sd+ | bc)
  size=$(wc -c <"$work/response.json")
  label=$([ "$cache" = 0 ] && echo "result cache off" || echo "result cache on")
  echo "mediators query, $label, response $size bytes, $CONNECTIONS connections, $ROUNDS x ${SECONDS_PER_ROUND}s rounds (medians):"
  printf '  %-10s %10s %8s %8s\n' "" "req/s" "p50 ms" "p99 ms"
  printf '  %-10s %10.0f %8s %8s\n' "Graph" "$g_rps" "$g_p50" "$g_p99"
  printf '  %-10s %10.0f %8s %8s\n' "bare" "$b_rps" "$b_p50" "$b_p99"
  echo "  Graph / bare throughput: $(echo "scale=2; $g_rps * 100 / $b_rps" | bc)%   (non-2xx answers from Graph: $g_bad)"
done
