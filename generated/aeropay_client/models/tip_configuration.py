from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tip_option import TipOption


T = TypeVar("T", bound="TipConfiguration")


@_attrs_define
class TipConfiguration:
    """
    Attributes:
        enabled (bool): When false no other field is present.
        options (list[TipOption] | Unset):
        default_value (None | Unset): Always null today (reserved).
        custom_tip_enabled (bool | Unset):
    """

    enabled: bool
    options: list[TipOption] | Unset = UNSET
    default_value: None | Unset = UNSET
    custom_tip_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        default_value = self.default_value

        custom_tip_enabled = self.custom_tip_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if custom_tip_enabled is not UNSET:
            field_dict["customTipEnabled"] = custom_tip_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tip_option import TipOption  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        _options = d.pop("options", UNSET)
        options: list[TipOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = TipOption.from_dict(options_item_data)

                options.append(options_item)

        default_value = d.pop("defaultValue", UNSET)

        custom_tip_enabled = d.pop("customTipEnabled", UNSET)

        tip_configuration = cls(
            enabled=enabled,
            options=options,
            default_value=default_value,
            custom_tip_enabled=custom_tip_enabled,
        )

        tip_configuration.additional_properties = d
        return tip_configuration

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
