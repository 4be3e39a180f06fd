#!/usr/bin/env bash
# Start, stop and describe the real local services newswatch needs: Redis (Debian's
# redis-server) and Elasticsearch 9.2 (the integ-test distribution from Maven Central), one
# node or a cluster of several, on loopback. Used by the README, the tests and .ci/run alike.
#
#   scripts/services.sh up [es|redis]      install what is missing, start, wait until healthy (idempotent:
#                                          also restarts a cluster node that died)
#   scripts/services.sh down [es|redis]    stop (Redis keeps its append-only file)
#   scripts/services.sh status             print whether each service and node is up; exit 1 if one is down
#   scripts/services.sh env                print `export NEWSWATCH_...=...` lines for the running services
#   scripts/services.sh pid N              the process id of Elasticsearch node N (1-based)
#
# Settings (environment):
#   NEWSWATCH_SERVICES_DIR     where everything lives (default /var/lib/newswatch-services as root)
#   NEWSWATCH_SVC_ES_NODES     Elasticsearch nodes (default 1; 3 gives a cluster with replicas)
#   NEWSWATCH_SVC_ES_PORT      HTTP port of node 1 (node i listens on PORT+i-1, transport on PORT+100+i-1)
#   NEWSWATCH_SVC_ES_HEAP      heap per node (default 512m)
#   NEWSWATCH_SVC_REDIS_PORT   Redis port (default 6390)
#   NEWSWATCH_SVC_BIND         address HTTP and Redis listen on (default 127.0.0.1; tests that put
#                              workers in network namespaces use 0.0.0.0; transport stays on loopback)
# Each cluster (by its first port) and each Redis (by its port) keeps its own folder, so several
# can run side by side: es-<port>/n<i>/{config,data,logs,es.pid} and redis-<port>/.
set -euo pipefail

ES_VERSION=9.2.0
ES_COORDS="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
ES_USER_OS=newswatch-es
if [ "$(id -u)" = 0 ]; then
  DEFAULT_DIR=/var/lib/newswatch-services
else
  DEFAULT_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/newswatch-services"
fi
DIR="${NEWSWATCH_SERVICES_DIR:-$DEFAULT_DIR}"
NODES="${NEWSWATCH_SVC_ES_NODES:-1}"
ES_PORT="${NEWSWATCH_SVC_ES_PORT:-9250}"
ES_TPORT=$((ES_PORT + 100))
HEAP="${NEWSWATCH_SVC_ES_HEAP:-512m}"
REDIS_PORT="${NEWSWATCH_SVC_REDIS_PORT:-6390}"
BIND="${NEWSWATCH_SVC_BIND:-127.0.0.1}"
ES_HOME="$DIR/elasticsearch-$ES_VERSION"
CLUSTER="$DIR/es-$ES_PORT"
REDIS_DIR="$DIR/redis-$REDIS_PORT"
SECRETS="$DIR/secrets.env"

log() { printf 'services: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

find_java() {
  # Elasticsearch 9 needs Java 21+; the machine default may be 17.
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    [ -x "$d/bin/java" ] && { echo "$d"; return; }
  done
  die "no Java 21+ found; set ES_JAVA_HOME"
}

as_es() {
  # Elasticsearch refuses to run as root: run it as an unprivileged system user.
  if [ "$(id -u)" = 0 ]; then runuser -u "$ES_USER_OS" -- "$@"; else "$@"; fi
}

apt_install() {
  [ "$(id -u)" = 0 ] || die "$1 is missing; install Debian's $1 package"
  log "installing $1"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

install_es() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return
  command -v mvn >/dev/null || die "mvn missing: needed to fetch Elasticsearch from Maven Central"
  log "fetching Elasticsearch $ES_VERSION from Maven Central"
  local dl; dl=$(mktemp -d)
  mvn -B -q dependency:copy -Dartifact="$ES_COORDS" -DoutputDirectory="$dl" >&2
  mkdir -p "$DIR"
  (cd "$DIR" && python3 -m zipfile -e "$dl/elasticsearch-$ES_VERSION.zip" .)
  rm -rf "$dl"
  chmod +x "$ES_HOME"/bin/* "$ES_HOME"/jdk/bin/* 2>/dev/null || true
}

secrets() {
  mkdir -p "$DIR"
  if [ ! -f "$SECRETS" ]; then
    (umask 077; printf 'ES_PASS=%s\nES_ADMIN_PASS=%s\n' "$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)" \
      "$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)" > "$SECRETS")
  fi
  # shellcheck disable=SC1090
  . "$SECRETS"
}

users() {
  # File-realm users, made once in the distribution's config and copied to every node.
  # Least privilege: newswatch reaches only news-* indices; an admin user exists for tests.
  cat > "$ES_HOME/config/roles.yml" <<YML
newswatch_writer:
  cluster: [monitor, manage_index_templates]
  indices:
    - names: ['news-*']
      privileges: [all]
YML
  if [ "$(id -u)" = 0 ]; then
    id "$ES_USER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER_OS"
    chown -R "$ES_USER_OS" "$ES_HOME"
    chmod 755 "$DIR"  # the node's user must be able to traverse to its home
  fi
  if ! grep -q '^newswatch:' "$ES_HOME/config/users" 2>/dev/null; then
    as_es env ES_JAVA_HOME="$(find_java)" ES_PATH_CONF="$ES_HOME/config" "$ES_HOME/bin/elasticsearch-users" useradd newswatch -p "$ES_PASS" -r newswatch_writer >/dev/null
    as_es env ES_JAVA_HOME="$(find_java)" ES_PATH_CONF="$ES_HOME/config" "$ES_HOME/bin/elasticsearch-users" useradd newswatch-admin -p "$ES_ADMIN_PASS" -r superuser >/dev/null
  fi
}

node_dir() { echo "$CLUSTER/n$1"; }
node_port() { echo $((ES_PORT + $1 - 1)); }

configure_node() {
  local i=$1 d; d=$(node_dir "$i")
  mkdir -p "$d/config" "$d/data" "$d/logs" "$d/config/jvm.options.d"
  cp -r "$ES_HOME/config/." "$d/config/"
  rm -f "$d/config/jvm.options.d/"*
  printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" > "$d/config/jvm.options.d/heap.options"
  local discovery seeds="" masters="" k
  if [ "$NODES" = 1 ]; then
    discovery="discovery.type: single-node"
  else
    for k in $(seq 1 "$NODES"); do
      seeds="$seeds${seeds:+, }\"127.0.0.1:$((ES_TPORT + k - 1))\""
      masters="$masters${masters:+, }n$k"
    done
    discovery="discovery.seed_hosts: [$seeds]
cluster.initial_master_nodes: [$masters]"
  fi
  # Transport stays on loopback (so no production bootstrap checks); HTTP on $BIND.
  cat > "$d/config/elasticsearch.yml" <<YML
cluster.name: newswatch-$ES_PORT
node.name: n$i
network.host: 127.0.0.1
http.host: $BIND
http.port: $(node_port "$i")
transport.port: $((ES_TPORT + i - 1))
$discovery
path.data: $d/data
path.logs: $d/logs
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: false
YML
  [ "$(id -u)" = 0 ] && chown -R "$ES_USER_OS" "$CLUSTER"
  chmod 755 "$CLUSTER"
}

# (Elasticsearch deletes its pid file as it exits: read it once, quietly.)
pid_alive() { local p; p=$(cat "$1" 2>/dev/null) && [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }

es_healthy() {
  # Every node answers and the cluster has all of them (yellow or better).
  secrets >/dev/null
  curl -fsS -u "newswatch:$ES_PASS" \
    "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&wait_for_nodes=$NODES&timeout=1s" >/dev/null 2>&1
}

node_up() { curl -fsS -o /dev/null -u "newswatch:$ES_PASS" "http://127.0.0.1:$(node_port "$1")/_cluster/health?timeout=1s" 2>/dev/null; }

start_es() {
  local i d started=0
  for i in $(seq 1 "$NODES"); do
    d=$(node_dir "$i")
    if pid_alive "$d/es.pid"; then continue; fi
    configure_node "$i"
    log "starting Elasticsearch node n$i on $BIND:$(node_port "$i")"
    touch "$d/es.pid"; [ "$(id -u)" = 0 ] && chown "$ES_USER_OS" "$d/es.pid"
    as_es env ES_JAVA_HOME="$(find_java)" ES_PATH_CONF="$d/config" "$ES_HOME/bin/elasticsearch" -d -p "$d/es.pid" >/dev/null
    started=1
  done
  for _ in $(seq 1 240); do es_healthy && return; sleep 1; done
  [ "$started" = 1 ] || true
  die "Elasticsearch not healthy after 240 s (see $CLUSTER/n*/logs)"
}

stop_es() {
  local i d
  for i in $(seq 1 "$NODES"); do
    d=$(node_dir "$i")
    local p; p=$(cat "$d/es.pid" 2>/dev/null) || continue
    if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then kill "$p" 2>/dev/null || true; fi
  done
  for i in $(seq 1 "$NODES"); do
    d=$(node_dir "$i")
    for _ in $(seq 1 60); do pid_alive "$d/es.pid" || break; sleep 0.5; done
  done
}

redis_healthy() { redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

start_redis() {
  redis_healthy && return
  mkdir -p "$REDIS_DIR"
  local protected=yes
  [ "$BIND" = 127.0.0.1 ] || protected=no  # reachable from the tests' network namespaces
  # AOF (fsync every second): queued tasks survive a restart. noeviction: a full Redis refuses
  # writes instead of silently dropping queued tasks.
  redis-server --port "$REDIS_PORT" --bind "$BIND" --protected-mode "$protected" --daemonize yes \
    --pidfile "$REDIS_DIR/redis.pid" --dir "$REDIS_DIR" --appendonly yes --appendfsync everysec \
    --maxmemory-policy noeviction --logfile "$REDIS_DIR/redis.log" >/dev/null
  for _ in $(seq 1 50); do redis_healthy && return; sleep 0.2; done
  die "redis did not answer on port $REDIS_PORT (see $REDIS_DIR/redis.log)"
}

stop_redis() {
  # SHUTDOWN flushes the append-only file; NOSAVE skips the extra RDB snapshot.
  redis_healthy && { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }
  for _ in $(seq 1 50); do redis_healthy || return 0; sleep 0.2; done
}

cmd_up() {
  local what="${1:-all}"
  command -v curl >/dev/null || apt_install curl
  if [ "$what" != es ]; then
    command -v redis-server >/dev/null || apt_install redis-server
    start_redis
  fi
  if [ "$what" != redis ]; then
    command -v mvn >/dev/null || [ -x "$ES_HOME/bin/elasticsearch" ] || apt_install maven
    install_es
    secrets
    users
    start_es
  fi
  log "redis on 127.0.0.1:$REDIS_PORT, elasticsearch ($NODES node(s)) on 127.0.0.1:$ES_PORT: healthy"
}

cmd_down() {
  local what="${1:-all}"
  [ "$what" = redis ] || stop_es
  [ "$what" = es ] || stop_redis
  log "stopped"
}

cmd_status() {
  local rc=0 i
  if redis_healthy; then echo "redis: up (127.0.0.1:$REDIS_PORT)"; else echo "redis: down"; rc=1; fi
  secrets >/dev/null
  for i in $(seq 1 "$NODES"); do
    if node_up "$i"; then echo "elasticsearch n$i: up (127.0.0.1:$(node_port "$i"))"; else echo "elasticsearch n$i: down"; rc=1; fi
  done
  return $rc
}

cmd_env() {
  [ -f "$SECRETS" ] || die "services were never started: run '$0 up' first"
  secrets
  local urls="" i
  for i in $(seq 1 "$NODES"); do urls="$urls${urls:+,}http://127.0.0.1:$(node_port "$i")"; done
  cat <<ENV
export NEWSWATCH_ES_URL=$urls
export NEWSWATCH_ES_USERNAME=newswatch
export NEWSWATCH_ES_PASSWORD=$ES_PASS
export NEWSWATCH_ES_ADMIN_USERNAME=newswatch-admin
export NEWSWATCH_ES_ADMIN_PASSWORD=$ES_ADMIN_PASS
export NEWSWATCH_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
ENV
}

case "${1:-}" in
  up) cmd_up "${2:-}" ;;
  down) cmd_down "${2:-}" ;;
  status) cmd_status ;;
  env) cmd_env ;;
  pid) cat "$(node_dir "${2:?node number}")/es.pid" ;;
  *) echo "usage: $0 up|down [es|redis] | status | env | pid N" >&2; exit 2 ;;
esac
