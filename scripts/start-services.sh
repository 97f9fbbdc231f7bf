#!/usr/bin/env bash
# Makes sure the servers the integration tests talk to are up on 127.0.0.1:
# PostgreSQL 5432, Redis 6379, RabbitMQ 5672. Starts any that is down, with
# the same commands this kind of machine uses at boot. Never fails the run by
# itself: a service still missing afterwards makes its tests skip locally and
# fail under CI=true (tests/conftest.py decides).
set -u
up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_up() { for _ in $(seq 1 60); do up "$1" && return 0; sleep 1; done; return 1; }

if ! up 5432 && command -v pg_ctlcluster >/dev/null; then
  echo "services: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  wait_up 5432 || echo "services: PostgreSQL did not come up" >&2
fi
if ! up 6379 && command -v redis-server >/dev/null; then
  echo "services: starting Redis" >&2
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  wait_up 6379 || echo "services: Redis did not come up" >&2
fi
if ! up 5672 && command -v rabbitmq-server >/dev/null; then
  echo "services: starting RabbitMQ" >&2
  rabbitmq-server -detached || true
  wait_up 5672 || echo "services: RabbitMQ did not come up" >&2
fi
exit 0
