"""The facts of each operation tokenkeep's contract acts on (generated from the spec).

OPERATIONS: the operation's Python name -> (operationId, method, path, safe to repeat, the header whose
value makes it safe to repeat (an idempotency key), transport retries apply).
"""

from tokenkeep import ProviderError
from tokenkeep._contract import Contract


def error_class(code: str | None) -> type[ProviderError]:
    """The class of a provider error code (errors.py, the whole catalogue, loads on the first error)."""
    from .errors import error_class as lookup

    return lookup(code)


OPERATIONS: dict[str, tuple[str, str, str, bool, str | None, bool]] = {
    "approve_authorization": (
        "approveAuthorization",
        "post",
        "/oauth/authorize",
        False,
        None,
        True,
    ),
    "close_rent_num": (
        "closeRentNum",
        "get",
        "/api/rent/closeRentNum.php",
        False,
        None,
        True,
    ),
    "extend_rent_state": (
        "extendRentState",
        "get",
        "/api/rent/extendRentState.php",
        False,
        None,
        True,
    ),
    "get_authorize_page": (
        "getAuthorizePage",
        "get",
        "/oauth/authorize",
        True,
        None,
        True,
    ),
    "get_balance": ("getBalance", "get", "/api/getBalance.php", True, None, True),
    "get_free_country_list": (
        "getFreeCountryList",
        "get",
        "/api/getFreeCountryList.php",
        True,
        None,
        True,
    ),
    "get_free_list": ("getFreeList", "get", "/api/getFreeList.php", True, None, True),
    "get_free_message_list": (
        "getFreeMessageList",
        "get",
        "/api/getFreeMessageList.php",
        True,
        None,
        True,
    ),
    "get_free_phone_list": (
        "getFreePhoneList",
        "get",
        "/api/getFreePhoneList.php",
        True,
        None,
        True,
    ),
    "get_num": ("getNum", "get", "/api/getNum.php", False, None, True),
    "get_numbers_stats": (
        "getNumbersStats",
        "get",
        "/api/getNumbersStats.php",
        True,
        None,
        True,
    ),
    "get_price": ("getPrice", "get", "/api/getPrice.php", True, None, True),
    "get_profile": ("getProfile", "get", "/api/getProfile.php", True, None, True),
    "get_rent_num": (
        "getRentNum",
        "get",
        "/api/rent/getRentNum.php",
        False,
        None,
        True,
    ),
    "get_rent_state": (
        "getRentState",
        "get",
        "/api/rent/getRentState.php",
        True,
        None,
        True,
    ),
    "get_rent_tariffs": (
        "getRentTariffs",
        "get",
        "/api/rent/tariffsRent.php",
        True,
        None,
        True,
    ),
    "get_state": ("getState", "get", "/api/getState.php", True, None, True),
    "get_tariffs": ("getTariffs", "get", "/api/getTariffs.php", True, None, True),
    "reload_rent_port": (
        "reloadRentPort",
        "get",
        "/api/rent/portReload.php",
        False,
        None,
        True,
    ),
    "request_access_token": (
        "requestAccessToken",
        "post",
        "/oauth/token",
        False,
        None,
        False,
    ),
    "set_operation_ok": (
        "setOperationOk",
        "get",
        "/api/setOperationOk.php",
        False,
        None,
        True,
    ),
    "set_operation_revise": (
        "setOperationRevise",
        "get",
        "/api/setOperationRevise.php",
        False,
        None,
        True,
    ),
}

CONTRACT = Contract(
    provider="onlinesim",
    package=__package__,
    operations=OPERATIONS,
    error_class=error_class,
)
