"""REE Desktop: an offline explorer for the rare earth element market."""

__version__ = "0.1.0"
