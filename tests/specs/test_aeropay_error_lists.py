"""Aeropay: each operation's description names the error codes reference §4 lists for it.

The table below is reference §4's "main error codes" column (ranges as written there); a code
named in a description but not catalogued is caught by test_error_catalogue.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "specs" / "aeropay.yaml").read_text(encoding="utf-8"))

TRANSACTION = (
    "AP101, AP103, AP109, AP110, AP114, AP201, AP203, AP205, AP206, AP300, AP302-AP304, AP306-AP308, AP314, "
    "AP315, AP400-AP404, AP411, AP412, AP700, AP701, AP1400-AP1402"
)
SECTION_4 = {
    "requestToken": "AP002, AP006, AP101, AP700, AP701",
    "createUser": "AP006, AP101, AP102, AP105, AP106, AP115, AP118, AP119, AP700",
    "getUser": "AP101",
    "confirmUser": "AP101, AP111, AP112, AP113, AP700, AP701",
    "getAggregatorCredentials": "AP101, AP407, AP408, AP409",
    "linkAccountFromAggregator": "AP101, AP300, AP403, AP404, AP408-AP411, AP414, AP415, AP700",
    "selectBankAccount": "AP101, AP400, AP401, AP412, AP700, AP701",
    "listBankAccounts": "AP101",
    "createTransaction": TRANSACTION + "",
    "getTransaction": "AP011, AP101, AP700, AP701",
    "getTransactionRefunds": "AP011, AP101, AP700, AP701",
    "getTransactionByIdempotencyKey": "AP700",
    "createPreauthTransaction": TRANSACTION + ", AP009, AP310, AP1000",
    "getPreauthTransaction": "AP009, AP101, AP313, AP700, AP701",
    "updatePreauthTransaction": "AP009, AP101, AP300, AP302, AP310, AP312, AP313, AP315, AP700, AP701, AP1000",
    "cancelPreauthTransaction": "AP009, AP101, AP312, AP313, AP700, AP701",
    "listPreauthTransactions": "AP008, AP009, AP101, AP313, AP700, AP701",
    "capturePreauthTransaction": "AP009, AP101, AP300, AP310, AP312, AP313, AP400, AP401, AP412, AP700, AP701, AP1000",
    "reverseTransaction": (
        "AP009, AP011, AP101, AP310, AP314, AP316, AP400, AP700, AP701, AP1001, AP1200, AP1300, AP1302-AP1306"
    ),
    "createPayoutTransaction": TRANSACTION + ", AP305, AP900",
    "searchTransactions": "AP006, AP101, AP605, AP700, AP701, AP1000",
    "sendPaymentLink": "AP009, AP101, AP201, AP203, AP204, AP208, AP700, AP701",
    "createWebhookSigningKey": "AP008, AP009, AP101, AP1000, AP1107",
    "subscribeWebhook": "AP009, AP101, AP1000, AP1102-AP1105, AP1107",
    "listWebhooks": "AP008, AP009, AP101, AP1000, AP1101, AP1107",
    "deleteWebhooks": "AP009, AP101, AP1000, AP1100, AP1101, AP1106, AP1107",
    "getTransactionBatches": "AP008",
    "getMerchantReputation": "AP101, AP700",
    "setMerchantReputation": "AP700",
    "getTipConfiguration": "AP101",
}


def expand(codes: str) -> list[str]:
    """ "AP302-AP304, AP700" -> AP302, AP303, AP304, AP700."""
    found = []
    for part in codes.split(", "):
        match = re.fullmatch(r"AP(\d+)-AP(\d+)", part)
        if match:
            width = len(match.group(1))
            found += [f"AP{n:0{width}d}" for n in range(int(match.group(1)), int(match.group(2)) + 1)]
        else:
            found.append(part)
    return found


def operations() -> dict[str, dict[str, Any]]:
    return {
        operation["operationId"]: operation
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def test_the_table_covers_the_249_mentions_of_section_4() -> None:
    """Reference §4 names 249 (operation, code) pairs over 30 operations (the CSV and totals reports have none)."""
    assert sum(len(expand(codes)) for codes in SECTION_4.values()) == 249
    assert set(SECTION_4) <= set(operations())


@pytest.mark.parametrize("operation_id", sorted(SECTION_4))
def test_each_operation_description_names_its_section_4_codes(operation_id: str) -> None:
    """Every code §4 lists for the operation appears in its description, as a whole code (AP30 is not AP302)."""
    description = operations()[operation_id].get("description", "")
    named = set(re.findall(r"\bAP\d{3,4}\b", description))
    missing = [code for code in expand(SECTION_4[operation_id]) if code not in named]
    assert not missing, f"{operation_id}: not named in the description: {missing}"


def token_request_errors(body: dict[str, Any]) -> list[str]:
    schema = SPEC["components"]["schemas"]["TokenRequest"]
    validator = jsonschema.Draft202012Validator(schema)
    return [error.message for error in validator.iter_errors(body)]


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"scope": "merchant", "id": 1057}, True),
        ({"scope": "merchant"}, False),  # the seed: id is required for merchant...
        ({"scope": "userForMerchant", "id": "1057", "userId": "27bccca2-d345-4620-9987-3f3854abcd51"}, True),
        (
            {"scope": "userForMerchant", "userId": "27bccca2-d345-4620-9987-3f3854abcd51"},
            False,
        ),  # ...and userForMerchant
        ({"scope": "userForMerchant", "id": 1057}, False),  # userId only for userForMerchant, but then required
        ({"scope": "userFormerchant", "id": 1057}, False),  # the seed example's spelling is the same scope
        ({"scope": "user"}, True),  # the seed's user scope (email + password) needs neither
    ],
)
def test_token_request_requires_id_only_for_the_merchant_scopes(body: dict[str, Any], valid: bool) -> None:
    """TokenRequest models the seed's rule: `id` only for merchant and userForMerchant, `userId` for the latter."""
    errors = token_request_errors({"apiKey": "key", "apiSecret": "secret", **body})
    assert (errors == []) is valid, errors
