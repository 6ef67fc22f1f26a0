from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="TipOption")


@_attrs_define
class TipOption:
    """
    Attributes:
        type_ (str): percentage or flat.
        value (float | Money): A number (percent) for `percentage`, Money for `flat`.
    """

    type_: str
    value: float | Money
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money  # noqa: PLC0415

        type_ = self.type_

        value: dict[str, Any] | float
        if isinstance(self.value, Money):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_value(data: object) -> float | Money:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = Money.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | Money, data)

        value = _parse_value(d.pop("value"))

        tip_option = cls(
            type_=type_,
            value=value,
        )

        tip_option.additional_properties = d
        return tip_option

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
