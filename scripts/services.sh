#!/usr/bin/env bash
# Start, stop and describe the real local services newswatch needs: Redis (Debian's
# redis-server) and a single-node Elasticsearch 9.2 (the integ-test distribution from Maven
# Central), both on loopback. Used by the README, the tests and .ci/run alike.
#
#   scripts/services.sh up       install what is missing, start both, wait until healthy (idempotent)
#   scripts/services.sh down     stop both
#   scripts/services.sh status   print whether each is up; exit 1 if one is down
#   scripts/services.sh env      print `export NEWSWATCH_...=...` lines for the running services
#
# Overridable: NEWSWATCH_SERVICES_DIR, NEWSWATCH_SVC_ES_PORT, NEWSWATCH_SVC_REDIS_PORT.
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
ES_PORT="${NEWSWATCH_SVC_ES_PORT:-9250}"
ES_TPORT=$((ES_PORT + 100))
REDIS_PORT="${NEWSWATCH_SVC_REDIS_PORT:-6390}"
ES_HOME="$DIR/elasticsearch-$ES_VERSION"
ES_PID="$DIR/es.pid"
REDIS_PID="$DIR/redis.pid"
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

install_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
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

configure_es() {
  mkdir -p "$DIR/es-data" "$DIR/es-logs" "$ES_HOME/config/jvm.options.d"
  cat > "$ES_HOME/config/elasticsearch.yml" <<YML
cluster.name: newswatch-local
node.name: n1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TPORT
path.data: $DIR/es-data
path.logs: $DIR/es-logs
xpack.security.enabled: true
xpack.security.http.ssl.enabled: false
xpack.security.transport.ssl.enabled: false
YML
  printf -- '-Xms512m\n-Xmx512m\n' > "$ES_HOME/config/jvm.options.d/heap.options"
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
    chown -R "$ES_USER_OS" "$DIR/es-data" "$DIR/es-logs" "$ES_HOME"
    # The node's user must be able to traverse to its home.
    chmod 755 "$DIR"
  fi
  if [ ! -f "$SECRETS" ]; then
    umask 077
    printf 'ES_PASS=%s\nES_ADMIN_PASS=%s\n' "$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)" \
      "$(head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9)" > "$SECRETS"
  fi
  # shellcheck disable=SC1090
  . "$SECRETS"
  local users="$ES_HOME/config/users"
  if ! grep -q '^newswatch:' "$users" 2>/dev/null; then
    as_es env ES_JAVA_HOME="$(find_java)" "$ES_HOME/bin/elasticsearch-users" useradd newswatch -p "$ES_PASS" -r newswatch_writer >/dev/null
    as_es env ES_JAVA_HOME="$(find_java)" "$ES_HOME/bin/elasticsearch-users" useradd newswatch-admin -p "$ES_ADMIN_PASS" -r superuser >/dev/null
  fi
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

es_healthy() {
  # shellcheck disable=SC1090
  . "$SECRETS" 2>/dev/null || return 1
  curl -fsS -u "newswatch:$ES_PASS" "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

redis_healthy() { redis-cli -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

start_redis() {
  redis_healthy && return
  mkdir -p "$DIR/redis"
  # noeviction: a full Redis must refuse writes, never silently drop queued tasks.
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --pidfile "$REDIS_PID" \
    --dir "$DIR/redis" --appendonly yes --maxmemory-policy noeviction --logfile "$DIR/redis.log" >/dev/null
  for _ in $(seq 1 50); do redis_healthy && return; sleep 0.2; done
  die "redis did not answer on port $REDIS_PORT (see $DIR/redis.log)"
}

start_es() {
  if pid_alive "$ES_PID" && es_healthy; then return; fi
  if ! pid_alive "$ES_PID"; then
    log "starting Elasticsearch on 127.0.0.1:$ES_PORT"
    touch "$ES_PID"; [ "$(id -u)" = 0 ] && chown "$ES_USER_OS" "$ES_PID"
    as_es env ES_JAVA_HOME="$(find_java)" "$ES_HOME/bin/elasticsearch" -d -p "$ES_PID" >/dev/null
  fi
  for _ in $(seq 1 180); do es_healthy && return; sleep 1; done
  die "Elasticsearch not healthy after 180 s (see $DIR/es-logs)"
}

apt_install() {
  [ "$(id -u)" = 0 ] || die "$1 is missing; install Debian's $1 package"
  log "installing $1"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

cmd_up() {
  command -v curl >/dev/null || apt_install curl
  command -v mvn >/dev/null || [ -x "$ES_HOME/bin/elasticsearch" ] || apt_install maven
  install_redis
  install_es
  configure_es
  start_redis
  start_es
  log "redis on 127.0.0.1:$REDIS_PORT, elasticsearch on 127.0.0.1:$ES_PORT: healthy"
}

cmd_down() {
  if pid_alive "$ES_PID"; then kill "$(cat "$ES_PID")"; fi
  if pid_alive "$REDIS_PID"; then redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$REDIS_PID")"; fi
  for _ in $(seq 1 60); do pid_alive "$ES_PID" || break; sleep 0.5; done
  log "stopped"
}

cmd_status() {
  local rc=0
  if redis_healthy; then echo "redis: up (127.0.0.1:$REDIS_PORT)"; else echo "redis: down"; rc=1; fi
  if es_healthy; then echo "elasticsearch: up (127.0.0.1:$ES_PORT)"; else echo "elasticsearch: down"; rc=1; fi
  return $rc
}

cmd_env() {
  [ -f "$SECRETS" ] || die "services were never started: run '$0 up' first"
  # shellcheck disable=SC1090
  . "$SECRETS"
  cat <<ENV
export NEWSWATCH_ES_URL=http://127.0.0.1:$ES_PORT
export NEWSWATCH_ES_USERNAME=newswatch
export NEWSWATCH_ES_PASSWORD=$ES_PASS
export NEWSWATCH_ES_ADMIN_USERNAME=newswatch-admin
export NEWSWATCH_ES_ADMIN_PASSWORD=$ES_ADMIN_PASS
export NEWSWATCH_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
ENV
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) cmd_env ;;
  *) echo "usage: $0 up|down|status|env" >&2; exit 2 ;;
esac
