"""newswatch: poll news feeds, extract full text, detect tracked topics, index into Elasticsearch."""

__version__ = "0.1.0"
