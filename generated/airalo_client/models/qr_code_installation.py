from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instruction_steps import InstructionSteps


T = TypeVar("T", bound="QrCodeInstallation")


@_attrs_define
class QrCodeInstallation:
    """
    Attributes:
        steps (InstructionSteps | Unset): Step number ("1", "2", …) → text.
        qr_code_data (str | Unset):
        qr_code_url (str | Unset):
        direct_apple_installation_url (str | Unset): iOS only.
    """

    steps: InstructionSteps | Unset = UNSET
    qr_code_data: str | Unset = UNSET
    qr_code_url: str | Unset = UNSET
    direct_apple_installation_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = self.steps.to_dict()

        qr_code_data = self.qr_code_data

        qr_code_url = self.qr_code_url

        direct_apple_installation_url = self.direct_apple_installation_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if steps is not UNSET:
            field_dict["steps"] = steps
        if qr_code_data is not UNSET:
            field_dict["qr_code_data"] = qr_code_data
        if qr_code_url is not UNSET:
            field_dict["qr_code_url"] = qr_code_url
        if direct_apple_installation_url is not UNSET:
            field_dict["direct_apple_installation_url"] = direct_apple_installation_url

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

        qr_code_data = d.pop("qr_code_data", UNSET)

        qr_code_url = d.pop("qr_code_url", UNSET)

        direct_apple_installation_url = d.pop("direct_apple_installation_url", UNSET)

        qr_code_installation = cls(
            steps=steps,
            qr_code_data=qr_code_data,
            qr_code_url=qr_code_url,
            direct_apple_installation_url=direct_apple_installation_url,
        )

        qr_code_installation.additional_properties = d
        return qr_code_installation

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
