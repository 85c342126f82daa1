"""Kansencirkel: the eight NJi development areas of a child, seen together by a school kernteam."""

__version__ = "0.1.0"
