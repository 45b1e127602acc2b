# Extra throwaway PostgreSQL clusters for multi-node tests (sourced).
# Works as root (clusters run as the postgres user) and as a normal user.
# start_cluster NAME PORT: initdb + start on a Unix socket in a temp dir;
# sets CLUSTER_DIR and CLUSTER_HOST. stop_all_clusters: stop and remove them.

PG_BINDIR=${PG_BINDIR:-$(pg_config --bindir)}
EXTRA_CLUSTERS=()

# Run a command as the cluster owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_cluster() {
    local name=$1 port=$2
    CLUSTER_DIR=$(mktemp -d "/tmp/jobreq-$name.XXXXXX")
    chmod 755 "$CLUSTER_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$CLUSTER_DIR"
    as_owner "$PG_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U postgres -A trust --no-sync >"$CLUSTER_DIR/initdb.log" 2>&1 || return 1
    as_owner "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-p $port -k $CLUSTER_DIR -c listen_addresses=''" start >/dev/null || return 1
    CLUSTER_HOST=$CLUSTER_DIR
    EXTRA_CLUSTERS+=("$CLUSTER_DIR")
}

stop_all_clusters() {
    local d
    for d in "${EXTRA_CLUSTERS[@]}"; do
        as_owner "$PG_BINDIR/pg_ctl" -D "$d/data" -m immediate stop >/dev/null 2>&1
        rm -rf "$d"
    done
    EXTRA_CLUSTERS=()
}

# Find a free TCP port number starting at $1 (checks for a socket file too).
free_port() {
    local p=$1
    while ss -ltn 2>/dev/null | grep -q ":$p " || [ -e "/tmp/.s.PGSQL.$p" ]; do p=$((p + 1)); done
    echo "$p"
}
