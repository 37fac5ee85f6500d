#!/usr/bin/env bash
# Installs (when missing) and starts the local services certflow's tests need:
#   PostgreSQL (Debian cluster) on 127.0.0.1:5432
#   Kafka 4.x (KRaft, single node)  on 127.0.0.1:9092
#   FerretDB v1 (MongoDB protocol)  on 127.0.0.1:27017
#   versitygw (S3 API, POSIX backend) on 127.0.0.1:7070
# and writes the connection settings to deploy/local/.state/services.env.
# Safe to re-run: services that already answer are left alone.
#
# Knobs (environment):
#   CERTFLOW_LOCAL_HOME        where jars, binaries, data, logs and pid files live
#                              (default /var/lib/certflow-local)
#   CERTFLOW_KAFKA_HEAP        Kafka -Xmx (default 512m)
#   CERTFLOW_FERRETDB_HANDLER  postgresql (default) or sqlite
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $(id -u) == 0 ]] || die "run as root (installs Debian packages and manages the PostgreSQL cluster)"
[[ -n $KAFKA_VERSION ]] || die "cannot read <kafka.version> from $KAFKA_POM"

mkdir -p "$LOG_DIR" "$RUN_DIR" "$DEPLOY_DIR/.state"

APT_UPDATED=0
apt_install() {
  if ((APT_UPDATED == 0)); then
    log "apt-get update"
    apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  apt-get install -y -qq --no-install-recommends "$@" </dev/null || die "apt-get install $* failed"
}

# Polls "$@" every 0.2 s until it succeeds; returns 1 after $1 seconds.
wait_for() {
  local timeout=$1
  shift
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

# Fails the run with the end of a service's log, which is nearly always where the reason is.
fail_with_log() {
  local message=$1
  shift
  printf '[deploy/local] ERROR: %s\n' "$message" >&2
  local f
  for f in "$@"; do
    [[ -s $f ]] || continue
    printf '[deploy/local] ---- last lines of %s ----\n' "$f" >&2
    tail -n 25 "$f" >&2
  done
  exit 1
}

# Refuses to start a service whose port is held by some unrelated process.
ensure_port_free() {
  local name=$1 port=$2
  if port_open 127.0.0.1 "$port"; then
    die "127.0.0.1:$port is already in use but does not behave like $name; find the owner with: ss -ltnp 'sport = :$port'"
  fi
}

# ---------------------------------------------------------------- PostgreSQL

pg_login_works() {
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=3 psql -X -q -A -t -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -d "$1" -c 'select 1' >/dev/null 2>&1
}

pg_ready() {
  pg_login_works "$PG_DB" &&
    { [[ $FERRETDB_HANDLER != postgresql ]] || pg_login_works "$FERRETDB_PG_DB"; }
}

psql_admin() {
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"
}

ensure_database() {
  local db=$1
  if [[ -z $(psql_admin -A -t -c "select 1 from pg_database where datname = '$db'") ]]; then
    log "creating database $db"
    psql_admin -c "create database \"$db\" owner \"$PG_USER\""
  fi
}

# Each test file gets a throwaway database with its own pool, and FerretDB keeps a pool
# too, so the default of 100 connections is tight. fsync/synchronous_commit stay on:
# the benchmarks are meant to measure durable commits.
pg_tuning() {
  printf '%s\n' \
    '# Managed by certflow deploy/local/up.sh (local test services); changes are overwritten.' \
    'max_connections = 200' \
    'shared_buffers = 256MB'
}

start_postgres() {
  if pg_ready; then
    log "PostgreSQL already running on $PG_HOST:$PG_PORT"
    return
  fi

  if ! command -v pg_ctlcluster >/dev/null || ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    apt_install postgresql
  fi

  local cluster version name
  if ! cluster=$(pg_cluster); then
    # The Debian package normally creates "main"; it may not have (createcluster.conf).
    version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n1)
    [[ -n $version ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    log "creating PostgreSQL $version cluster main"
    pg_createcluster --port "$PG_PORT" "$version" main >/dev/null
    cluster="$version main"
  fi
  read -r version name <<<"$cluster"

  local conf_port
  conf_port=$(pg_conftool -s "$version" "$name" show port 2>/dev/null || echo "$PG_PORT")
  if [[ $conf_port != "$PG_PORT" ]]; then
    log "moving PostgreSQL $version/$name from port $conf_port to $PG_PORT"
    pg_ctlcluster "$version" "$name" stop 2>/dev/null || true
    pg_conftool "$version" "$name" set port "$PG_PORT"
  fi

  # Debian's default listen_addresses is 'localhost' and pg_hba allows scram logins from
  # 127.0.0.1, which is all the tests need. The only tuning goes into a conf.d drop-in.
  local pg_log="/var/log/postgresql/postgresql-$version-$name.log"
  local tuning_file="/etc/postgresql/$version/$name/conf.d/certflow-local.conf" tuning_changed=0
  if [[ -d ${tuning_file%/*} ]] && ! cmp -s "$tuning_file" <(pg_tuning); then
    log "writing $tuning_file"
    pg_tuning >"$tuning_file"
    tuning_changed=1
  fi

  if ! pg_ctlcluster "$version" "$name" status >/dev/null 2>&1; then
    ensure_port_free PostgreSQL "$PG_PORT"
    log "starting PostgreSQL $version/$name"
    pg_ctlcluster "$version" "$name" start || fail_with_log "PostgreSQL $version/$name failed to start" "$pg_log"
  elif ((tuning_changed)); then
    log "restarting PostgreSQL $version/$name to apply $tuning_file"
    pg_ctlcluster -m fast "$version" "$name" restart || fail_with_log "PostgreSQL $version/$name failed to restart" "$pg_log"
  fi
  wait_for 30 pg_isready -q -h "$PG_HOST" -p "$PG_PORT" ||
    fail_with_log "PostgreSQL did not accept connections on $PG_HOST:$PG_PORT within 30s" "$pg_log"

  # SUPERUSER because test suites create and drop a throwaway database per test file
  # (and may need extensions); the password is reset in case it was changed by hand.
  psql_admin -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE "$PG_USER" LOGIN SUPERUSER PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE "$PG_USER" LOGIN SUPERUSER PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
  ensure_database "$PG_DB"
  [[ $FERRETDB_HANDLER != postgresql ]] || ensure_database "$FERRETDB_PG_DB"

  pg_ready || die "PostgreSQL is running but logging in as $PG_USER@$PG_HOST:$PG_PORT/$PG_DB fails; check pg_hba.conf of cluster $version/$name"
  log "PostgreSQL $version/$name ready on $PG_HOST:$PG_PORT"
}

# --------------------------------------------------------------------- Kafka

# Metadata v4 request (api key 3) asking for no topics. The broker lists itself in the
# reply only once it has registered with the controller and been unfenced, so this is a
# real "ready to serve clients" check rather than just an open port.
KAFKA_METADATA_REQUEST='\x00\x00\x00\x0f\x00\x03\x00\x04\x00\x00\x00\x01\xff\xff\x00\x00\x00\x00\x00'

kafka_ready() {
  local -a reply
  read -r -a reply <<<"$(wire_exchange "$KAFKA_HOST" "$KAFKA_PORT" big "$KAFKA_METADATA_REQUEST")"
  # reply: correlation id (int32, must be 1), throttle time (int32), broker count (int32)
  ((${#reply[@]} >= 12)) || return 1
  [[ "${reply[*]:0:4}" == "0 0 0 1" ]] || return 1
  (((reply[8] << 24 | reply[9] << 16 | reply[10] << 8 | reply[11]) >= 1))
}

# Sets JAVA to a Java 17+ binary, installing Debian's OpenJDK 17 when there is none.
find_java() {
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/java}
  [[ -n $JAVA && -x $JAVA ]] || JAVA=$(command -v java || true)
  if [[ -z $JAVA ]]; then
    apt_install openjdk-17-jre-headless
    JAVA=$(command -v java) || die "java not found after installing openjdk-17-jre-headless"
  fi
  local major
  major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ ${major%%.*} -ge 17 ]] 2>/dev/null || die "Kafka $KAFKA_VERSION needs Java 17+, but $JAVA is version ${major:-unknown}"
}

install_kafka() {
  [[ -f $KAFKA_LIBS/.complete ]] && return
  command -v mvn >/dev/null || apt_install maven
  log "installing Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_LIBS"
  # Download into a scratch directory first so an interrupted run never leaves a partial
  # classpath that later runs would mistake for a finished install.
  local tmp="$KAFKA_LIBS.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  mvn -B -Dstyle.color=never -f "$KAFKA_POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" </dev/null >"$LOG_DIR/kafka-install.log" 2>&1 ||
    fail_with_log "downloading Kafka $KAFKA_VERSION with Maven failed" "$LOG_DIR/kafka-install.log"
  compgen -G "$tmp/kafka_2.13-$KAFKA_VERSION.jar" >/dev/null || die "Maven did not produce kafka_2.13-$KAFKA_VERSION.jar"
  touch "$tmp/.complete"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
}

render_kafka_config() {
  mkdir -p "$KAFKA_CONFIG_DIR" "$KAFKA_DATA" "$LOG_DIR/kafka"
  sed -e "s|@BROKER_PORT@|$KAFKA_PORT|g" \
    -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
    -e "s|@DATA_DIR@|$KAFKA_DATA|g" \
    "$DEPLOY_DIR/kafka/server.properties.in" >"$KAFKA_CONFIG_DIR/server.properties"
  cp "$DEPLOY_DIR/kafka/log4j2.xml" "$KAFKA_CONFIG_DIR/log4j2.xml"
}

format_kafka_storage() {
  [[ -f $KAFKA_DATA/meta.properties ]] && return
  # The cluster id is kept next to the data so a re-format (after wiping the data dir)
  # keeps the same identity.
  local id_file="$LOCAL_HOME/kafka/cluster.id" id=
  if [[ ! -s $id_file ]]; then
    # Same shape as `kafka-storage random-uuid` (16 random bytes, unpadded URL-safe base64),
    # minus a leading '-' that the CLI would take for an option.
    until [[ $id =~ ^[A-Za-z0-9_][A-Za-z0-9_-]{21}$ ]]; do
      id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
    done
    echo "$id" >"$id_file"
  fi
  log "formatting Kafka storage in $KAFKA_DATA (cluster id $(<"$id_file"))"
  # --standalone: a single-voter dynamic KRaft quorum, the 4.x way to bootstrap one node.
  "${KAFKA_JVM[@]}" kafka.tools.StorageTool format --standalone --cluster-id "$(<"$id_file")" \
    --config "$KAFKA_CONFIG_DIR/server.properties" >>"$LOG_DIR/kafka-format.log" 2>&1 ||
    fail_with_log "formatting Kafka storage failed" "$LOG_DIR/kafka-format.log"
}

start_kafka() {
  if kafka_ready; then
    log "Kafka already running on $KAFKA_HOST:$KAFKA_PORT"
    return
  fi
  if live_pid "$KAFKA_PID" "$KAFKA_CONFIG_DIR/server.properties" >/dev/null; then
    # Started by an earlier run and still coming up (or wedged); wait rather than double-start.
    log "Kafka process $(<"$KAFKA_PID") exists, waiting for it to answer"
    wait_for 60 kafka_ready ||
      fail_with_log "Kafka (pid $(<"$KAFKA_PID")) does not answer on $KAFKA_HOST:$KAFKA_PORT; run down.sh and retry" \
        "$LOG_DIR/kafka.out" "$LOG_DIR/kafka/server.log"
    log "Kafka ready on $KAFKA_HOST:$KAFKA_PORT"
    return
  fi
  ensure_port_free Kafka "$KAFKA_PORT"
  ensure_port_free "the Kafka controller" "$KAFKA_CONTROLLER_PORT"

  find_java
  # Roughly what Kafka's own kafka-run-class.sh uses, with a heap sized for a test machine.
  KAFKA_JVM=("$JAVA" -Xms128m "-Xmx$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true
    "-Dlog4j2.configurationFile=$KAFKA_CONFIG_DIR/log4j2.xml" "-Dkafka.logs.dir=$LOG_DIR/kafka"
    -cp "$KAFKA_LIBS/*")
  install_kafka
  render_kafka_config
  format_kafka_storage

  log "starting Kafka $KAFKA_VERSION (heap $KAFKA_HEAP), log: $LOG_DIR/kafka/server.log"
  : >"$LOG_DIR/kafka.out"
  # setsid + nohup: the broker must outlive this script and the CI step's process group.
  (
    ulimit -n 65536 2>/dev/null || true
    exec setsid nohup "${KAFKA_JVM[@]}" kafka.Kafka "$KAFKA_CONFIG_DIR/server.properties" \
      </dev/null >>"$LOG_DIR/kafka.out" 2>&1
  ) &
  echo $! >"$KAFKA_PID"

  local deadline=$((SECONDS + 90))
  until kafka_ready; do
    live_pid "$KAFKA_PID" "$KAFKA_CONFIG_DIR/server.properties" >/dev/null ||
      fail_with_log "Kafka exited during startup" "$LOG_DIR/kafka.out" "$LOG_DIR/kafka/server.log"
    ((SECONDS < deadline)) ||
      fail_with_log "Kafka did not become ready on $KAFKA_HOST:$KAFKA_PORT within 90s (pid $(<"$KAFKA_PID") left running; down.sh stops it)" \
        "$LOG_DIR/kafka.out" "$LOG_DIR/kafka/server.log"
    sleep 0.25
  done
  log "Kafka ready on $KAFKA_HOST:$KAFKA_PORT"
}

# ------------------------------------------------------------------ FerretDB

# OP_MSG {ping: 1, $db: "admin"}; a healthy server replies with {ok: 1.0}.
MONGO_PING_REQUEST='\x33\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xdd\x07\x00\x00\x00\x00\x00\x00\x00'
MONGO_PING_REQUEST+='\x1e\x00\x00\x00\x10ping\x00\x01\x00\x00\x00\x02$db\x00\x06\x00\x00\x00admin\x00\x00'
# BSON element: type double (1), name "ok", value 1.0 (little-endian IEEE 754)
MONGO_OK_BYTES=' 1 111 107 0 0 0 0 0 0 0 240 63 '

mongo_ready() {
  local reply
  reply=" $(wire_exchange "$MONGO_HOST" "$MONGO_PORT" little "$MONGO_PING_REQUEST") " || return 1
  [[ $reply == *"$MONGO_OK_BYTES"* ]]
}

find_go() {
  command -v go >/dev/null && return
  # Debian 12's golang-go is 1.19, too old to even fetch the toolchain FerretDB needs.
  die "Go (>= 1.21, so it can fetch FerretDB's toolchain) is needed to build FerretDB; install it from https://go.dev/dl/ into /usr/local/go"
}

install_ferretdb() {
  "$FERRETDB_BIN" --version >/dev/null 2>&1 && return
  find_go
  # A plain `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds a binary
  # that panics at start-up: build/version/version.txt is generated from git and is not
  # part of the module zip. So build the same module source with that file filled in.
  log "building FerretDB $FERRETDB_VERSION with $(go env GOVERSION) (takes a few minutes the first time)"
  local build_log="$LOG_DIR/ferretdb-build.log" module_dir src="$LOCAL_HOME/ferretdb-src"
  : >"$build_log"
  module_dir=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" 2>>"$build_log" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p') ||
    fail_with_log "could not download github.com/FerretDB/FerretDB@$FERRETDB_VERSION from the Go module proxy" "$build_log"
  [[ -d $module_dir ]] || die "go mod download gave no module directory for FerretDB $FERRETDB_VERSION"
  rm -rf "$src"
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  cp -r "$module_dir" "$src"
  chmod -R u+w "$src" # the module cache is read-only
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  echo "source" >"$src/build/version/package.txt"
  (cd "$src" && go build -buildvcs=false -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb) >>"$build_log" 2>&1 ||
    fail_with_log "building FerretDB failed" "$build_log"
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  rm -rf "$src"
  "$FERRETDB_BIN" --version >/dev/null || die "the freshly built $FERRETDB_BIN does not run"
}

start_ferretdb() {
  if mongo_ready; then
    log "FerretDB already running on $MONGO_HOST:$MONGO_PORT"
    return
  fi
  if live_pid "$FERRETDB_PID" "$FERRETDB_BIN" >/dev/null; then
    log "FerretDB process $(<"$FERRETDB_PID") exists, waiting for it to answer"
    wait_for 30 mongo_ready ||
      fail_with_log "FerretDB (pid $(<"$FERRETDB_PID")) does not answer on $MONGO_HOST:$MONGO_PORT; run down.sh and retry" \
        "$LOG_DIR/ferretdb.log"
    log "FerretDB ready on $MONGO_HOST:$MONGO_PORT"
    return
  fi
  ensure_port_free FerretDB "$MONGO_PORT"
  install_ferretdb

  local -a backend
  case $FERRETDB_HANDLER in
    sqlite)
      mkdir -p "$FERRETDB_DATA/sqlite"
      # The trailing slash matters: FerretDB wants a directory URI (one file per database).
      backend=(--handler=sqlite "--sqlite-url=file:$FERRETDB_DATA/sqlite/")
      ;;
    postgresql)
      # FerretDB defaults to a 50-connection pool, half of what PostgreSQL allows by default
      # and more than a test run needs; leave headroom for the tests' own pools.
      backend=(--handler=postgresql
        "--postgresql-url=postgres://$PG_USER:$PG_PASSWORD@$PG_HOST:$PG_PORT/$FERRETDB_PG_DB?pool_max_conns=20")
      ;;
    *) die "CERTFLOW_FERRETDB_HANDLER must be sqlite or postgresql, not '$FERRETDB_HANDLER'" ;;
  esac
  mkdir -p "$FERRETDB_DATA/state"

  log "starting FerretDB $FERRETDB_VERSION ($FERRETDB_HANDLER backend), log: $LOG_DIR/ferretdb.log"
  : >"$LOG_DIR/ferretdb.log"
  # The debug/metrics HTTP listener is disabled so it cannot collide with anything on 8088.
  # Log level error: at warn, FerretDB dumps every failed command in full, including the
  # endSessions (unsupported in v1) that the Node driver sends each time a client closes.
  (
    exec setsid nohup "$FERRETDB_BIN" "${backend[@]}" \
      "--listen-addr=$MONGO_HOST:$MONGO_PORT" --debug-addr=- \
      "--state-dir=$FERRETDB_DATA/state" --telemetry=disable --log-level=error \
      </dev/null >>"$LOG_DIR/ferretdb.log" 2>&1
  ) &
  echo $! >"$FERRETDB_PID"

  local deadline=$((SECONDS + 30))
  until mongo_ready; do
    live_pid "$FERRETDB_PID" "$FERRETDB_BIN" >/dev/null || fail_with_log "FerretDB exited during startup" "$LOG_DIR/ferretdb.log"
    ((SECONDS < deadline)) ||
      fail_with_log "FerretDB did not answer a ping on $MONGO_HOST:$MONGO_PORT within 30s" "$LOG_DIR/ferretdb.log"
    sleep 0.2
  done
  log "FerretDB ready on $MONGO_HOST:$MONGO_PORT"
}

# ------------------------------------------------------------------ versitygw

# Any HTTP answer will do: an unsigned request is refused with an S3 error document, which
# only a running gateway writes.
s3_ready() {
  (
    exec 3<>"/dev/tcp/$S3_HOST/$S3_PORT" || exit 1
    printf 'GET / HTTP/1.1\r\nHost: %s:%s\r\nConnection: close\r\n\r\n' "$S3_HOST" "$S3_PORT" >&3
    timeout 2 head -c 512 <&3 | grep -q '^HTTP/1\.1 [0-9]'
  ) 2>/dev/null
}

install_versitygw() {
  "$VERSITYGW_BIN" --version >/dev/null 2>&1 && return
  find_go
  log "building versitygw $VERSITYGW_VERSION with $(go env GOVERSION) (takes a few minutes the first time)"
  local build_log="$LOG_DIR/versitygw-build.log" gobin="$LOCAL_HOME/bin/.versitygw-build.$$"
  mkdir -p "$gobin"
  GOBIN=$gobin go install "github.com/versity/versitygw/cmd/versitygw@$VERSITYGW_VERSION" >"$build_log" 2>&1 ||
    fail_with_log "building versitygw $VERSITYGW_VERSION failed" "$build_log"
  mv "$gobin/versitygw" "$VERSITYGW_BIN"
  rm -rf "$gobin"
  "$VERSITYGW_BIN" --version >/dev/null || die "the freshly built $VERSITYGW_BIN does not run"
}

start_versitygw() {
  if s3_ready; then
    log "versitygw already running on $S3_HOST:$S3_PORT"
    return
  fi
  if live_pid "$VERSITYGW_PID" "$VERSITYGW_BIN" >/dev/null; then
    log "versitygw process $(<"$VERSITYGW_PID") exists, waiting for it to answer"
    wait_for 30 s3_ready ||
      fail_with_log "versitygw (pid $(<"$VERSITYGW_PID")) does not answer on $S3_HOST:$S3_PORT; run down.sh and retry" \
        "$LOG_DIR/versitygw.log"
    log "versitygw ready on $S3_HOST:$S3_PORT"
    return
  fi
  ensure_port_free versitygw "$S3_PORT"
  install_versitygw
  # A sidecar folder rather than extended attributes: overlay and tmpfs file systems of
  # containers often refuse user xattrs, where object metadata would otherwise go.
  mkdir -p "$VERSITYGW_DATA" "$VERSITYGW_SIDECAR"

  log "starting versitygw $VERSITYGW_VERSION (POSIX backend in $VERSITYGW_DATA), log: $LOG_DIR/versitygw.log"
  : >"$LOG_DIR/versitygw.log"
  (
    export ROOT_ACCESS_KEY_ID=$S3_ACCESS_KEY ROOT_SECRET_ACCESS_KEY=$S3_SECRET_KEY
    exec setsid nohup "$VERSITYGW_BIN" --port "$S3_HOST:$S3_PORT" --region "$S3_REGION" \
      posix --sidecar "$VERSITYGW_SIDECAR" "$VERSITYGW_DATA" \
      </dev/null >>"$LOG_DIR/versitygw.log" 2>&1
  ) &
  echo $! >"$VERSITYGW_PID"

  local deadline=$((SECONDS + 30))
  until s3_ready; do
    live_pid "$VERSITYGW_PID" "$VERSITYGW_BIN" >/dev/null || fail_with_log "versitygw exited during startup" "$LOG_DIR/versitygw.log"
    ((SECONDS < deadline)) ||
      fail_with_log "versitygw did not answer on $S3_HOST:$S3_PORT within 30s" "$LOG_DIR/versitygw.log"
    sleep 0.2
  done
  log "versitygw ready on $S3_HOST:$S3_PORT"
}

# ---------------------------------------------------------------------- main

start_postgres
start_kafka
start_ferretdb
start_versitygw

DATABASE_URL="postgres://$PG_USER:$PG_PASSWORD@$PG_HOST:$PG_PORT/$PG_DB"
MONGODB_URL="mongodb://$MONGO_HOST:$MONGO_PORT/"
KAFKA_BROKERS="$KAFKA_HOST:$KAFKA_PORT"
{
  echo "DATABASE_URL=$DATABASE_URL"
  echo "MONGODB_URL=$MONGODB_URL"
  echo "KAFKA_BROKERS=$KAFKA_BROKERS"
  echo "S3_ENDPOINT=http://$S3_HOST:$S3_PORT"
  echo "S3_REGION=$S3_REGION"
  echo "S3_ACCESS_KEY_ID=$S3_ACCESS_KEY"
  echo "S3_SECRET_ACCESS_KEY=$S3_SECRET_KEY"
} >"$STATE_FILE.tmp"
mv "$STATE_FILE.tmp" "$STATE_FILE"

log "all services up (settings saved to $STATE_FILE):"
sed 's/^/[deploy\/local]   /' "$STATE_FILE"
