"""Lazy iterators over Airalo's paginated lists (`airalo_client.pagination`) against the sandbox over HTTP."""

from __future__ import annotations

import itertools
import json

import airalo_client
import pytest
import tokenkeep
from airalo_client import models
from airalo_client.api.orders import submit_order
from airalo_client.errors import AiraloAccessError
from airalo_client.pagination import iter_orders, iter_package_countries, iter_sims

from tests.sandbox._common import ServedSandbox
from tests.sandbox.airalo import AiraloSandbox

Served = ServedSandbox[AiraloSandbox]
PACKAGES = "GET /v2/packages"
COUNTRIES = 11  # the sandbox catalogue: 4 pages of 3
IP_NOT_ALLOWED = {"code": 89, "reason": "Your IP address is not on the allowlist."}


def all_slugs(api: airalo_client.Client) -> list[str]:
    return [c.slug for c in iter_package_countries(client=api, limit=20)]


@pytest.mark.parametrize("object_pages", [False, True], ids=["array-pages", "object-pages"])
def test_the_catalogue_reads_in_full_across_four_pages_sync(
    served: Served, api: airalo_client.Client, object_pages: bool
) -> None:
    """Every country once, in order, one request per page, whether later pages come as arrays or keyed by index."""
    expected = all_slugs(api)
    served.state.object_pages = object_pages
    before = served.state.requests[PACKAGES]
    countries = list(iter_package_countries(client=api, limit=3))
    assert all(isinstance(c, models.PackageCountry) for c in countries)
    assert [c.slug for c in countries] == expected and len(expected) == COUNTRIES
    assert served.state.requests[PACKAGES] - before == 4  # meta.last_page ends it: no fifth, empty page


async def test_the_catalogue_reads_in_full_across_four_pages_async(served: Served, api: airalo_client.Client) -> None:
    """`async for` gives the same countries, keyed-by-index later pages included."""
    expected = all_slugs(api)
    served.state.object_pages = True
    async with api:
        countries = [c.slug async for c in iter_package_countries(client=api, limit=3)]
    assert countries == expected


def test_pages_are_fetched_only_as_items_are_used(served: Served, api: airalo_client.Client) -> None:
    """Taking the first three countries costs one request; max_pages caps the pages fetched."""
    api.get_httpx_client()  # a token first, so the counts below are the pages alone
    before = served.state.requests[PACKAGES]
    first = list(itertools.islice(iter_package_countries(client=api, limit=3), 3))
    assert len(first) == 3 and served.state.requests[PACKAGES] - before == 1
    capped = list(iter_package_countries(client=api, limit=3, max_pages=2))
    assert len(capped) == 6 and served.state.requests[PACKAGES] - before == 3


def test_a_provider_error_on_page_3_is_raised_mid_iteration_sync(served: Served, api: airalo_client.Client) -> None:
    """Pages 1 and 2 are yielded; the 403 of page 3 raises tokenkeep.APIError carrying status and code."""
    pages = iter(iter_package_countries(client=api, limit=3))
    seen = [next(pages) for _ in range(6)]  # two full pages
    served.state.fail_next(403, IP_NOT_ALLOWED, path="/v2/packages")
    with pytest.raises(tokenkeep.APIError) as caught:
        next(pages)
    assert len(seen) == 6
    error = caught.value
    assert (error.provider, error.status_code, error.code) == ("airalo", 403, "89")
    assert json.loads(error.body) == IP_NOT_ALLOWED
    # The contract's classes: the provider's code family and the status, whatever the page.
    assert isinstance(error, AiraloAccessError) and isinstance(error, tokenkeep.PermissionDeniedError)
    assert "getPackages" in str(error) and "403" in str(error)


async def test_a_provider_error_on_page_3_is_raised_mid_iteration_async(
    served: Served, api: airalo_client.Client
) -> None:
    """The same through `async for`: the error surfaces where the iteration reaches page 3."""
    seen: list[str] = []
    async with api:
        with pytest.raises(tokenkeep.APIError) as caught:
            async for country in iter_package_countries(client=api, limit=3):
                seen.append(country.slug)
                if len(seen) == 6:
                    served.state.fail_next(403, IP_NOT_ALLOWED, path="/v2/packages")
    assert len(seen) == 6 and caught.value.status_code == 403


def test_orders_and_their_sims_page_by_one(served: Served, api: airalo_client.Client) -> None:
    """Four orders, one eSIM each: four pages of one, newest first; an empty list is one request."""
    assert list(iter_orders(client=api)) == []
    assert served.state.requests["GET /v2/orders"] == 1
    placed = []
    for _ in range(4):
        result = submit_order.sync(client=api, body=models.OrderRequest(package_id="change-7days-1gb", quantity=1))
        assert isinstance(result, models.OrderResponse)
        placed.append(result.data)
    orders = list(iter_orders(client=api, limit=1))
    assert [o.id for o in orders] == [p.id for p in reversed(placed)]
    assert served.state.requests["GET /v2/orders"] == 1 + 4
    sims = list(iter_sims(client=api, limit=1))
    assert sorted(s.iccid for s in sims) == sorted(p.sims[0].iccid for p in placed)
