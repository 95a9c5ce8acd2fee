"""Shipped reference data (countries, organisations, regions) and its loaders.

The data files sit beside this module and are read once, on first use.
"""
