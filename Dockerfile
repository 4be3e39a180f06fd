# newswatch worker image: slim, non-root, no build tools left behind.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY worker ./worker
RUN pip install --no-cache-dir --prefix=/install .

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newswatch
COPY --from=build /install /usr/local
WORKDIR /app
COPY --chown=newswatch feeds.yaml topics.yaml alerts.yaml ./
COPY --chown=newswatch mappings ./mappings
USER newswatch
ENV PYTHONUNBUFFERED=1 NEWSWATCH_LOG_FORMAT=json
HEALTHCHECK --interval=30s --timeout=10s --retries=3 CMD ["newswatch", "check"]
ENTRYPOINT ["newswatch"]
CMD ["worker"]
