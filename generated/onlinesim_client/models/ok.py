from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1

T = TypeVar("T", bound="Ok")


@_attrs_define
class Ok:
    """
    Attributes:
        response (SuccessFlagType0 | SuccessFlagType1): `response` of a successful answer: `1` (documented) or `"1"`
            (accepted defensively by every wrapper).
            Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
            of a union after a failed `const`.
    """

    response: SuccessFlagType0 | SuccessFlagType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: int | str
        if isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

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

        ok = cls(
            response=response,
        )

        ok.additional_properties = d
        return ok

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
