# newswatch worker image: slim, non-root, no build tools left behind.
# It installs exactly what tests/integration/test_installed.py installs: the wheel built from
# pyproject.toml, README.md and worker/ (index templates, Kibana bundle and demo data inside).
FROM python:3.11-slim AS build
# A Rust toolchain and a linker for the native topic scan (native/; optional: without them pip builds the
# same package without it, and the scan runs in Python). They stay in this stage.
COPY --from=rust:1-slim-bookworm /usr/local/cargo /usr/local/cargo
COPY --from=rust:1-slim-bookworm /usr/local/rustup /usr/local/rustup
ENV CARGO_HOME=/usr/local/cargo RUSTUP_HOME=/usr/local/rustup PATH=/usr/local/cargo/bin:$PATH
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends gcc libc6-dev >/dev/null \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pyproject.toml README.md ./
COPY native ./native
COPY worker ./worker
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newswatch
COPY --from=build /dist /dist
RUN pip install --no-cache-dir /dist/*.whl && rm -rf /dist
WORKDIR /app
COPY --chown=newswatch feeds.yaml topics.yaml alerts.yaml ./
USER newswatch
ENV PYTHONUNBUFFERED=1 NEWSWATCH_LOG_FORMAT=json
HEALTHCHECK --interval=30s --timeout=20s --retries=3 CMD ["newswatch", "check"]
ENTRYPOINT ["newswatch"]
CMD ["worker"]
