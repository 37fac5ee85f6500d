#!/usr/bin/env bash
# Stops the local services started by deploy/local/up.sh. Installed files and data are
# kept (under $CERTFLOW_LOCAL_HOME), so the next up.sh is a quick restart.
# Safe to run when some or all services are already stopped.
set -euo pipefail

# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $(id -u) == 0 ]] || die "run as root (manages the PostgreSQL cluster)"

stop_process versitygw "$VERSITYGW_PID" "$VERSITYGW_BIN" "^$(regex_escape "$VERSITYGW_BIN") " 15
# FerretDB first: with the postgresql backend it holds connections to the cluster.
stop_process FerretDB "$FERRETDB_PID" "$FERRETDB_BIN" "^$(regex_escape "$FERRETDB_BIN") " 15
stop_process Kafka "$KAFKA_PID" "$KAFKA_CONFIG_DIR/server.properties" \
  "kafka\.Kafka $(regex_escape "$KAFKA_CONFIG_DIR/server.properties")" 60

if cluster=$(pg_cluster); then
  read -r version name <<<"$cluster"
  if pg_ctlcluster "$version" "$name" status >/dev/null 2>&1; then
    log "stopping PostgreSQL $version/$name"
    # fast: roll back open sessions (tests, pools) instead of waiting for them to disconnect.
    pg_ctlcluster -m fast "$version" "$name" stop || die "could not stop PostgreSQL $version/$name"
  else
    log "PostgreSQL $version/$name is not running"
  fi
else
  log "no PostgreSQL cluster installed"
fi

rm -f "$STATE_FILE"
log "all services stopped"
