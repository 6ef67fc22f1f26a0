from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instruction_steps import InstructionSteps


T = TypeVar("T", bound="ManualInstallation")


@_attrs_define
class ManualInstallation:
    """
    Attributes:
        steps (InstructionSteps | Unset): Step number ("1", "2", …) → text.
        smdp_address_and_activation_code (str | Unset):
    """

    steps: InstructionSteps | Unset = UNSET
    smdp_address_and_activation_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        smdp_address_and_activation_code = self.smdp_address_and_activation_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if smdp_address_and_activation_code is not UNSET:
            field_dict["smdp_address_and_activation_code"] = (
                smdp_address_and_activation_code
            )

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

        smdp_address_and_activation_code = d.pop(
            "smdp_address_and_activation_code", UNSET
        )

        manual_installation = cls(
            steps=steps,
            smdp_address_and_activation_code=smdp_address_and_activation_code,
        )

        manual_installation.additional_properties = d
        return manual_installation

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
