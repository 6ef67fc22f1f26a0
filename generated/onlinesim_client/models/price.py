from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """
    Attributes:
        response (SuccessFlagType0 | SuccessFlagType1): `response` of a successful answer: `1` (documented) or `"1"`
            (accepted defensively by every wrapper).
            Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
            of a union after a failed `const`.
        price (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
    """

    response: SuccessFlagType0 | SuccessFlagType1
    price: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: int | str
        if isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_response(data: object) -> SuccessFlagType0 | SuccessFlagType1:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_flag_type_0 = SuccessFlagType0(data)

                return componentsschemas_success_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_flag_type_1 = SuccessFlagType1(data)

            return componentsschemas_success_flag_type_1

        response = _parse_response(d.pop("response"))

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        price = cls(
            response=response,
            price=price,
        )

        price.additional_properties = d
        return price

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
