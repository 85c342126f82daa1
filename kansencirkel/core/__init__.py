"""Domain core: elements, scale, perspectives, dataclasses and rules.

Pure Python. Never imports Qt, SQLAlchemy or reportlab (a test enforces it).
"""
