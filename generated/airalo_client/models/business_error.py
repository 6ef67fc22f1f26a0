from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BusinessError")


@_attrs_define
class BusinessError:
    """Business-rule error (shape 2), HTTP 422 (403 for code 89), with no data/meta. Known codes: 11
    insufficient credit, 13 operator maintenance, 14 invalid checksum, 23 top-up disabled, 33 not enough
    stock, 34 package invalid or out of stock, 43 bad request, 53 unexpected error, 73 eSIM recycled,
    89 caller IP not allowlisted.

        Attributes:
            code (int):
            reason (str):
    """

    code: int
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        reason = d.pop("reason")

        business_error = cls(
            code=code,
            reason=reason,
        )

        business_error.additional_properties = d
        return business_error

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
