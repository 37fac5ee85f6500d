# shellcheck shell=bash
# Shared settings and helpers for deploy/local/up.sh and down.sh (sourced, not executed).

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Everything installed or generated at runtime lives outside the git tree, so that any
# clone (including CI's throwaway ones) can reuse the same jars, binaries and data.
LOCAL_HOME="${CERTFLOW_LOCAL_HOME:-/var/lib/certflow-local}"
LOG_DIR="$LOCAL_HOME/logs"
RUN_DIR="$LOCAL_HOME/run"
STATE_FILE="$DEPLOY_DIR/.state/services.env"

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=certflow
PG_PASSWORD=certflow
PG_DB=certflow

KAFKA_HOST=127.0.0.1
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_HEAP="${CERTFLOW_KAFKA_HEAP:-512m}"
KAFKA_POM="$DEPLOY_DIR/kafka/pom.xml"
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM" 2>/dev/null | head -n1)"
KAFKA_LIBS="$LOCAL_HOME/kafka/$KAFKA_VERSION/libs"
KAFKA_CONFIG_DIR="$LOCAL_HOME/kafka/config"
KAFKA_DATA="$LOCAL_HOME/kafka/data"
KAFKA_PID="$RUN_DIR/kafka.pid"

MONGO_HOST=127.0.0.1
MONGO_PORT=27017
FERRETDB_VERSION=v1.24.2
FERRETDB_BIN="$LOCAL_HOME/bin/ferretdb-$FERRETDB_VERSION"
# postgresql rather than sqlite: v1's SQLite backend evaluates most filters in Go after a
# full collection scan (a findOne by an indexed field was ~25-60 ms vs ~1.3 ms on
# PostgreSQL here), and the PostgreSQL cluster has to run anyway.
FERRETDB_HANDLER="${CERTFLOW_FERRETDB_HANDLER:-postgresql}"
FERRETDB_PG_DB=ferretdb
FERRETDB_DATA="$LOCAL_HOME/ferretdb"
FERRETDB_PID="$RUN_DIR/ferretdb.pid"

# versitygw rather than s3proxy: a single Go binary built from its module with the same Go
# toolchain FerretDB already needs, no JVM beside Kafka's on a 2-core machine, and its POSIX
# backend keeps each object as a plain file (easy to inspect, and to corrupt on purpose in tests).
S3_HOST=127.0.0.1
S3_PORT=7070
S3_REGION=us-east-1
S3_ACCESS_KEY=certflow
S3_SECRET_KEY=certflow-local-secret
VERSITYGW_VERSION=v1.8.0
VERSITYGW_BIN="$LOCAL_HOME/bin/versitygw-$VERSITYGW_VERSION"
VERSITYGW_DATA="$LOCAL_HOME/versitygw/data"
VERSITYGW_SIDECAR="$LOCAL_HOME/versitygw/meta"
VERSITYGW_PID="$RUN_DIR/versitygw.pid"

export DEBIAN_FRONTEND=noninteractive
# Go is often installed outside the default PATH (e.g. non-login CI shells).
PATH="$PATH:/usr/local/go/bin"

log() { printf '[deploy/local] %s\n' "$*"; }
warn() { printf '[deploy/local] WARNING: %s\n' "$*" >&2; }
die() {
  printf '[deploy/local] ERROR: %s\n' "$*" >&2
  exit 1
}

# Succeeds when something accepts TCP connections on host:port.
port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# Sends raw bytes (a printf format of \x escapes) to host:port and prints the
# length-prefixed reply, without its 4-byte length, as decimal bytes ("0 1 255 ...").
# Lets us speak just enough Kafka / MongoDB wire protocol to prove the server really
# works, without starting a JVM or needing a client library installed.
wire_exchange() {
  local host=$1 port=$2 endian=$3 request=$4
  (
    exec 3<>"/dev/tcp/$host/$port" || exit 1
    # shellcheck disable=SC2059 # the request is deliberately a printf format of escapes
    printf "$request" >&3
    local -a len_bytes
    read -r -a len_bytes < <(timeout 2 head -c 4 <&3 | od -An -v -tu1)
    ((${#len_bytes[@]} == 4)) || exit 1
    local len
    if [[ $endian == big ]]; then
      len=$(((len_bytes[0] << 24) | (len_bytes[1] << 16) | (len_bytes[2] << 8) | len_bytes[3]))
    else
      len=$(((len_bytes[3] << 24) | (len_bytes[2] << 16) | (len_bytes[1] << 8) | len_bytes[0]))
    fi
    [[ $endian == little ]] && len=$((len - 4)) # MongoDB counts the length field itself
    ((len > 0 && len < 1048576)) || exit 1
    timeout 2 head -c "$len" <&3 | od -An -v -tu1 | tr -s ' \n' '  '
  ) 2>/dev/null
}

# Succeeds if the pid is a running process. Zombies do not count: in containers whose init
# does not reap orphans, a crashed service lingers as a zombie that `kill -0` still accepts.
running() {
  local state
  state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ -n $state && $state != Z && $state != X ]]
}

# Reads a pid file and succeeds (printing the pid) if that process is running and its
# command line contains $2, which guards against the pid having been reused since.
live_pid() {
  local pid
  [[ -s $1 ]] || return 1
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ ]] && running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2" || return 1
  echo "$pid"
}

# Finds the installed PostgreSQL cluster serving $PG_PORT ("<version> <name>"),
# falling back to the newest version's "main" cluster.
pg_cluster() {
  command -v pg_lsclusters >/dev/null || return 1
  local found
  found=$(pg_lsclusters -h 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }')
  if [[ -z $found ]]; then
    found=$(pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1, $2 }' | sort -V | tail -n1)
  fi
  [[ -n $found ]] && echo "$found"
}

running_any() {
  local pid
  for pid; do
    running "$pid" && return 0
  done
  return 1
}

# Stops a process started by up.sh: politely first (Kafka needs a few seconds for a
# clean shutdown, which avoids log recovery on the next start), forcefully if it hangs.
stop_process() {
  local name=$1 pidfile=$2 marker=$3 pattern=$4 timeout=${5:-30}
  local -a pids=()
  local pid
  if pid=$(live_pid "$pidfile" "$marker"); then
    pids+=("$pid")
  fi
  # The pid file can be stale or missing (e.g. state dir wiped); match our exact command line.
  while read -r pid; do
    [[ -n $pid && " ${pids[*]} " != *" $pid "* ]] && pids+=("$pid")
  done < <(pgrep -f -- "$pattern" || true)
  if ((${#pids[@]} == 0)); then
    log "$name is not running"
    rm -f "$pidfile"
    return 0
  fi
  log "stopping $name (pid ${pids[*]})"
  kill -TERM "${pids[@]}" 2>/dev/null || true
  local waited=0
  while running_any "${pids[@]}"; do
    if ((waited >= timeout * 10)); then
      warn "$name did not exit within ${timeout}s, killing it"
      kill -KILL "${pids[@]}" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$pidfile"
}

# Escapes a literal string for use inside a pgrep -f (extended regex) pattern.
regex_escape() {
  sed 's/[][\.*^$+?(){}|]/\\&/g' <<<"$1"
}
