from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """The seed's rule, modelled with `if`/`then`: `id` (the merchant id) is required only for the `merchant` and
    `userForMerchant` scopes, `userId` only for `userForMerchant`. The seed's `user` scope (apiKey/apiSecret = the
    user's email and password) needs neither; the v2 spec has no such scope and requires `id` always. Generated clients
    see `id` as optional; tokenkeep always sends it.

        Attributes:
            api_key (str): API key (the seed adds: or a user's email, for the `user` scope).
            api_secret (str): API secret (the seed adds: or a user's password).
            scope (str): `merchant` or `userForMerchant` (the v2 spec's enum). Declared as a plain string because the seed
                also names a `user` scope and its own request example spells `userFormerchant`.
            id (int | str | Unset): Merchant id. An integer in the v2 spec and examples; the seed's table says String.
            user_id (str | Unset): UUID of the user to act as; required for `userForMerchant`.
    """

    api_key: str
    api_secret: str
    scope: str
    id: int | str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        scope = self.scope

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "apiSecret": api_secret,
                "scope": scope,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        api_secret = d.pop("apiSecret")

        scope = d.pop("scope")

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        user_id = d.pop("userId", UNSET)

        token_request = cls(
            api_key=api_key,
            api_secret=api_secret,
            scope=scope,
            id=id,
            user_id=user_id,
        )

        token_request.additional_properties = d
        return token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
