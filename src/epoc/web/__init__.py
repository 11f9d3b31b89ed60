"""The Partner web application: FastAPI, server-rendered pages (Jinja2 + HTMX) and a JSON API."""

from epoc.web.app import create_app

__all__ = ["create_app"]
