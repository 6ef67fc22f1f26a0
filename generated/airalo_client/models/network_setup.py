from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instruction_steps import InstructionSteps


T = TypeVar("T", bound="NetworkSetup")


@_attrs_define
class NetworkSetup:
    """
    Attributes:
        steps (InstructionSteps | Unset): Step number ("1", "2", …) → text.
        apn_type (str | Unset):
        apn_value (None | str | Unset):
        is_roaming (bool | None | Unset):
    """

    steps: InstructionSteps | Unset = UNSET
    apn_type: str | Unset = UNSET
    apn_value: None | str | Unset = UNSET
    is_roaming: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        apn_type = self.apn_type

        apn_value: None | str | Unset
        if isinstance(self.apn_value, Unset):
            apn_value = UNSET
        else:
            apn_value = self.apn_value

        is_roaming: bool | None | Unset
        if isinstance(self.is_roaming, Unset):
            is_roaming = UNSET
        else:
            is_roaming = self.is_roaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if apn_type is not UNSET:
            field_dict["apn_type"] = apn_type
        if apn_value is not UNSET:
            field_dict["apn_value"] = apn_value
        if is_roaming is not UNSET:
            field_dict["is_roaming"] = is_roaming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instruction_steps import InstructionSteps  # noqa: PLC0415

        d = dict(src_dict)
        _steps = d.pop("steps", UNSET)
        steps: InstructionSteps | Unset
        if isinstance(_steps, Unset):
            steps = UNSET
        else:
            steps = InstructionSteps.from_dict(_steps)

        apn_type = d.pop("apn_type", UNSET)

        def _parse_apn_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn_value = _parse_apn_value(d.pop("apn_value", UNSET))

        def _parse_is_roaming(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_roaming = _parse_is_roaming(d.pop("is_roaming", UNSET))

        network_setup = cls(
            steps=steps,
            apn_type=apn_type,
            apn_value=apn_value,
            is_roaming=is_roaming,
        )

        network_setup.additional_properties = d
        return network_setup

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
