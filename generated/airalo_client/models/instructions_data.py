from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instructions import Instructions


T = TypeVar("T", bound="InstructionsData")


@_attrs_define
class InstructionsData:
    """
    Attributes:
        instructions (Instructions | Unset):
    """

    instructions: Instructions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = self.instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instructions import Instructions  # noqa: PLC0415

        d = dict(src_dict)
        _instructions = d.pop("instructions", UNSET)
        instructions: Instructions | Unset
        if isinstance(_instructions, Unset):
            instructions = UNSET
        else:
            instructions = Instructions.from_dict(_instructions)

        instructions_data = cls(
            instructions=instructions,
        )

        instructions_data.additional_properties = d
        return instructions_data

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
