from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RentClosed")


@_attrs_define
class RentClosed:
    """
    Attributes:
        response (Literal[True]): `true` per the docs. Modelled as `const: true` because the generator cannot try a
            `const` inside a
            union; its check (`!= True`) lets `1` through as well, which is what the wrappers expect, so `1`
            also parses here and round-trips as `1`.
    """

    response: Literal[True]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = cast(Literal[True], d.pop("response"))
        if response != True:
            raise ValueError(f"response must match const True, got '{response}'")

        rent_closed = cls(
            response=response,
        )

        rent_closed.additional_properties = d
        return rent_closed

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
