"""The dashboard: server-rendered pages (Jinja2 templates), inline SVG charts and
Plotly served from the plotly package. See :mod:`critmin.api` for the plug-in convention."""
