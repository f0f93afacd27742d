#!/usr/bin/env bash
# How many concurrent users of the Gatling mix (PortalMixSimulation) the production jar carries with p95 < 300 ms and
# no errors: starts PostgreSQL on a COPY of a kept data directory, one or more instances of the jar on it (each on its
# own port, virtual users shared round-robin), then steps the users up, one Gatling run per step, until the 95th
# percentile reaches the limit or a request fails. Per step it writes the users, requests/s, p50/p95/p99, failures,
# the CPU of the portal JVMs, of PostgreSQL and of the whole machine during the plateau, and the Hikari pool (peak of
# threads waiting for a connection, mean wait) from each instance's /actuator/prometheus, then the statements with the
# most PostgreSQL time. See docs/performance.md, "Load-test suite (Gatling)".
#
#   src/gatling/capacity.sh --data /work/benchdata/1m --instances 1 --steps "25 50 100 150 200 300"
#
# Options (defaults in brackets):
#   --data DIR          PostgreSQL 17 data directory to copy (its server must be stopped) [required]
#   --copy DIR          where the copy goes; reused when it exists [DIR of --data + "-gatling"]
#   --fresh             delete an existing copy and copy again
#   --jar FILE          the portal's jar [target/jakpreneur-portal-*.jar]
#   --loader-path DIR   extra jars for the jar's PropertiesLauncher (a jar missing a runtime library) [none]
#   --instances N       instances of the jar on the one database [1]
#   --port P            first HTTP port; instance i gets P+i-1, its actuator P+100+i-1 [8191]
#   --pg-port P         PostgreSQL's port [55432]
#   --pg-bin DIR        PostgreSQL 17 binaries [/tmp/embedded-pg/PG-*/bin, unpacked by any embedded run]
#   --pool N            DB_POOL_SIZE of each instance [10]
#   --steps "A B ..."   concurrent users of each step ["25 50 100 150 200 300 400"]
#   --warmup S          seconds of a first, unmeasured run at the first step's users [60]
#   --ramp S --hold S   seconds to reach a step's users, seconds to hold them [30 / 120]
#   --think X           scale of the think times [1]
#   --p95 MS            the limit [300]
#   --mentors N         mentor logins bench-mentor-1..N@example.id: participants / 200 in the generator [5000]
#   --out DIR           results [target/capacity/<date-time>]
#   -- ...              further -D options for Gatling (login names: the data set's accounts)
# Login names default to the accounts of the benchmark generator (src/test/java/.../benchmark/LoginAccounts.java).
set -euo pipefail

DATA="" COPY="" FRESH=0 JAR="" LOADER_PATH="" INSTANCES=1 PORT=8191 PG_PORT=55432 PG_BIN="" POOL=10
STEPS="25 50 100 150 200 300 400" WARMUP=60 RAMP=30 HOLD=120 THINK=1 P95=300 MENTORS=5000 OUT="" EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;; --copy) COPY=$2; shift 2 ;; --fresh) FRESH=1; shift ;;
    --jar) JAR=$2; shift 2 ;; --loader-path) LOADER_PATH=$2; shift 2 ;; --instances) INSTANCES=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;; --pg-port) PG_PORT=$2; shift 2 ;; --pg-bin) PG_BIN=$2; shift 2 ;;
    --pool) POOL=$2; shift 2 ;; --steps) STEPS=$2; shift 2 ;; --warmup) WARMUP=$2; shift 2 ;;
    --ramp) RAMP=$2; shift 2 ;; --hold) HOLD=$2; shift 2 ;; --think) THINK=$2; shift 2 ;;
    --p95) P95=$2; shift 2 ;; --mentors) MENTORS=$2; shift 2 ;; --out) OUT=$2; shift 2 ;; --) shift; EXTRA=("$@"); break ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
[[ -n "$DATA" ]] || { echo "--data is required" >&2; exit 2; }
COPY=${COPY:-${DATA%/}-gatling}
JAR=${JAR:-$(ls target/jakpreneur-portal-*.jar 2>/dev/null | grep -v original | head -1)}
[[ -f "$JAR" ]] || { echo "no jar: build it with ./mvnw -DskipTests package or give --jar" >&2; exit 2; }
PG_BIN=${PG_BIN:-$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | head -1)}
[[ -x "$PG_BIN/pg_ctl" ]] || { echo "no PostgreSQL binaries: give --pg-bin" >&2; exit 2; }
OUT=${OUT:-target/capacity/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
RESULTS="$OUT/results.md"
PIDS=()
AS_PG=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 1; done; done
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$COPY" -m fast -w stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

# --- the copy and its server --------------------------------------------------------------------------------------
if [[ -f "$DATA/postmaster.pid" ]] && kill -0 "$(head -1 "$DATA/postmaster.pid")" 2>/dev/null; then
  echo "$DATA is in use by a running server: stop it before copying" >&2; exit 2
fi
[[ $FRESH == 1 ]] && rm -rf "$COPY"
if [[ ! -d "$COPY" ]]; then
  echo "copying $DATA to $COPY ($(du -sh "$DATA" | cut -f1))"
  cp -a "$DATA" "$COPY"
fi
rm -f "$COPY/postmaster.pid" "$COPY/epg-lock"
AS_PG=()
if [[ $(id -u) == 0 ]]; then # PostgreSQL refuses root: the copy and its log belong to the user postgres
  AS_PG=(runuser -u postgres --)
  chown -R postgres "$COPY"
  touch "$OUT/postgres.log" && chown postgres "$OUT/postgres.log"
fi
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$COPY" -l "$OUT/postgres.log" -w -t 600 start -o "-p $PG_PORT -c shared_buffers=512MB \
  -c max_connections=200 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off" >/dev/null
PG_PID=$(head -1 "$COPY/postmaster.pid")
PSQL=(psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d postgres)
"${PSQL[@]}" -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || true

# --- the instances ----------------------------------------------------------------------------------------------------
URLS=()
for ((i = 0; i < INSTANCES; i++)); do
  port=$((PORT + i)) mgmt=$((PORT + 100 + i))
  if [[ -n "$LOADER_PATH" ]]; then
    cmd=(java -Dloader.path="$LOADER_PATH" -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher)
  else
    cmd=(java -jar "$JAR")
  fi
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="" PORT=$port MANAGEMENT_PORT=$mgmt DB_POOL_SIZE=$POOL \
  JAKPRENEUR_ENVIRONMENT=production JAKPRENEUR_PORTAL_URL="http://localhost:$port" \
  JAKPRENEUR_PERSONAL_DATA_ENCRYPTION_KEY=${JAKPRENEUR_PERSONAL_DATA_ENCRYPTION_KEY:-YmVuY2htYXJrLWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=} \
  JAKPRENEUR_PERSONAL_DATA_HASH_KEY=${JAKPRENEUR_PERSONAL_DATA_HASH_KEY:-YmVuY2htYXJrLWhhc2gta2V5LTMyLWJ5dGVzLWxvbmc=} \
  JAKPRENEUR_DASHBOARD_REFRESH_INTERVAL=PT12H \
    "${cmd[@]}" > "$OUT/portal-$((i + 1)).log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://localhost:$port")
done
for ((i = 0; i < INSTANCES; i++)); do
  for ((t = 0; t < 600; t++)); do
    curl -sf -o /dev/null "${URLS[$i]}/readyz" && break
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "instance $((i + 1)) stopped; see $OUT/portal-$((i + 1)).log" >&2; exit 1; }
    sleep 1
  done
done
BASE_URL=$(IFS=,; echo "${URLS[*]}")
echo "portal: $BASE_URL (pids ${PIDS[*]}), PostgreSQL $PG_PORT (pid $PG_PID) on $COPY"

# --- measuring --------------------------------------------------------------------------------------------------------
ticks() { # CPU ticks of the given processes and their children threads
  local sum=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] && sum=$((sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $sum
}
pg_pids() { echo "$PG_PID $(pgrep -P "$PG_PID" | tr '\n' ' ')"; }
machine() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
metric() { # the sum over the instances of one Prometheus sample
  local total=0 i value
  for ((i = 0; i < INSTANCES; i++)); do
    value=$(curl -s "http://localhost:$((PORT + 100 + i))/actuator/prometheus" | awk -v m="$1" '$1 ~ "^"m"({|$)" {s += $2} END {print s + 0}')
    total=$(awk -v a="$total" -v b="$value" 'BEGIN {print a + b}')
  done
  echo "$total"
}
gatling() { # users, ramp, hold, log file: one run of the mix
  ./mvnw -B -o -Pload gatling:test -Dgatling.baseUrl="$BASE_URL" -Dgatling.users="$1" -Dgatling.ramp="$2" \
    -Dgatling.duration="$3" -Dgatling.think="$THINK" -Dgatling.maxP95="$P95" -Dgatling.password=bench-Jakarta-2026 \
    -Dgatling.citizens='bench-warga-%d@bench.local:1-10000' -Dgatling.officers='bench-officer-%d@bench.local:1-200' \
    -Dgatling.mentors="bench-mentor-%d@example.id:1-$MENTORS" -Dgatling.admins='bench-admin-%d@bench.local:1-20' \
    -Dgatling.runDescription="capacity $INSTANCES instance(s), $1 users" "${EXTRA[@]}" > "$4" 2>&1
}
global() { # a row of the Global Information table: total column
  grep -A12 'Global Information' "$1" | grep "$2" | tail -1 | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}'
}

HZ=$(getconf CLK_TCK)
{
  echo "# Capacity of the Gatling mix: $INSTANCES instance(s), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "jar $JAR; data $DATA (copy $COPY); pool $POOL per instance; ramp ${RAMP}s, hold ${HOLD}s, think x$THINK;"
  echo "machine $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "CPU in cores busy during the plateau (of $(nproc)); \"others\" is the rest of the machine: Gatling and other work."
  echo
  echo "| users | requests/s | p50 ms | p95 ms | p99 ms | failed | portal JVM cores | PostgreSQL cores | others cores | load average | pool waiting (peak) | pool wait mean ms | pool timeouts |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$RESULTS"

if [[ $WARMUP -gt 0 ]]; then
  echo "warm-up: ${WARMUP}s at $(echo "$STEPS" | awk '{print $1}') users"
  gatling "$(echo "$STEPS" | awk '{print $1}')" 10 "$WARMUP" "$OUT/warmup.log" || true
fi

for users in $STEPS; do
  "${PSQL[@]}" -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || true
  log="$OUT/step-$users.log"
  gatling "$users" "$RAMP" "$HOLD" "$log" & run=$!
  until grep -q "Simulation id.jakpreneur.loadtest.PortalMixSimulation started" "$log" 2>/dev/null; do
    kill -0 $run 2>/dev/null || break
    sleep 1
  done
  sleep "$RAMP"
  j0=$(ticks "${PIDS[@]}")
  p0=$(ticks $(pg_pids))
  read -r b0 a0 <<< "$(machine)"
  w0=$(metric hikaricp_connections_acquire_seconds_sum) n0=$(metric hikaricp_connections_acquire_seconds_count)
  o0=$(metric hikaricp_connections_timeout_total) peak=0 s0=$SECONDS
  while ((SECONDS - s0 < HOLD - 5)) && kill -0 $run 2>/dev/null; do
    pending=$(metric hikaricp_connections_pending)
    peak=$(awk -v a="$peak" -v b="$pending" 'BEGIN {print (b > a) ? b : a}')
    sleep 2
  done
  j1=$(ticks "${PIDS[@]}")
  p1=$(ticks $(pg_pids))
  read -r b1 a1 <<< "$(machine)"
  w1=$(metric hikaricp_connections_acquire_seconds_sum) n1=$(metric hikaricp_connections_acquire_seconds_count)
  o1=$(metric hikaricp_connections_timeout_total)
  ok=0; wait $run || ok=$?
  secs=$((SECONDS - s0))
  requests=$(global "$log" "request count"); failed=$(grep -A12 'Global Information' "$log" | grep "request count" | tail -1 | awk -F'|' '{gsub(/[ ,-]/, "", $4); print ($4 == "" ? 0 : $4)}')
  row=$(awk -v u="$users" -v rps="$(global "$log" "mean throughput")" -v p50="$(global "$log" "50th percentile")" \
    -v p95="$(global "$log" "95th percentile")" -v p99="$(global "$log" "99th percentile")" -v f="$failed" \
    -v jt=$((j1 - j0)) -v pt=$((p1 - p0)) -v hz="$HZ" -v s="$secs" -v bb=$((b1 - b0)) -v aa=$((a1 - a0)) \
    -v cores="$(nproc)" -v la="$(cut -d' ' -f1 /proc/loadavg)" -v peak="$peak" -v w="$(awk -v a="$w0" -v b="$w1" 'BEGIN {print b - a}')" \
    -v n="$(awk -v a="$n0" -v b="$n1" 'BEGIN {print b - a}')" -v o="$(awk -v a="$o0" -v b="$o1" 'BEGIN {print b - a}')" \
    'BEGIN {busy = (aa > 0 ? cores * bb / aa : 0); jvm = jt / hz / s; pg = pt / hz / s
      printf "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f | %s | %d | %.1f | %d |", u, rps, p50, p95, p99, f,
      jvm, pg, (busy > jvm + pg ? busy - jvm - pg : 0), la, peak, (n > 0 ? 1000 * w / n : 0), o}')
  echo "$row" | tee -a "$RESULTS"
  {
    echo
    echo "Statements with the most PostgreSQL time at $users users (ms total, calls, ms mean):"
    echo
    "${PSQL[@]}" -c "select round(total_exec_time)::text || ' | ' || calls || ' | ' || round(mean_exec_time::numeric, 2)
      || ' | ' || left(regexp_replace(query, '\s+', ' ', 'g'), 140) from pg_stat_statements
      order by total_exec_time desc limit 8" 2>/dev/null | sed 's/^/    /' || true
    echo
  } >> "$OUT/statements.md"
  if [[ $ok -ne 0 ]] || [[ "${failed:-0}" != "0" ]]; then
    echo "step $users: p95 >= $P95 ms or failed requests: stop" | tee -a "$RESULTS"
    break
  fi
done
echo "results: $RESULTS (Gatling reports in target/gatling/, one per step; statements in $OUT/statements.md)"
