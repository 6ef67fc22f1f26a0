from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_installation import ManualInstallation
    from ..models.network_setup import NetworkSetup
    from ..models.qr_code_installation import QrCodeInstallation


T = TypeVar("T", bound="InstallationInstruction")


@_attrs_define
class InstallationInstruction:
    """Instructions for a set of devices/OS versions.

    Attributes:
        model (None | str | Unset):
        version (None | str | Unset): Comma-separated OS versions, e.g. "14,15,13".
        installation_via_qr_code (QrCodeInstallation | Unset):
        installation_manual (ManualInstallation | Unset):
        network_setup (NetworkSetup | Unset):
    """

    model: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    installation_via_qr_code: QrCodeInstallation | Unset = UNSET
    installation_manual: ManualInstallation | Unset = UNSET
    network_setup: NetworkSetup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        installation_via_qr_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installation_via_qr_code, Unset):
            installation_via_qr_code = self.installation_via_qr_code.to_dict()

        installation_manual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installation_manual, Unset):
            installation_manual = self.installation_manual.to_dict()

        network_setup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_setup, Unset):
            network_setup = self.network_setup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if version is not UNSET:
            field_dict["version"] = version
        if installation_via_qr_code is not UNSET:
            field_dict["installation_via_qr_code"] = installation_via_qr_code
        if installation_manual is not UNSET:
            field_dict["installation_manual"] = installation_manual
        if network_setup is not UNSET:
            field_dict["network_setup"] = network_setup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manual_installation import ManualInstallation  # noqa: PLC0415
        from ..models.network_setup import NetworkSetup  # noqa: PLC0415
        from ..models.qr_code_installation import QrCodeInstallation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _installation_via_qr_code = d.pop("installation_via_qr_code", UNSET)
        installation_via_qr_code: QrCodeInstallation | Unset
        if isinstance(_installation_via_qr_code, Unset):
            installation_via_qr_code = UNSET
        else:
            installation_via_qr_code = QrCodeInstallation.from_dict(
                _installation_via_qr_code
            )

        _installation_manual = d.pop("installation_manual", UNSET)
        installation_manual: ManualInstallation | Unset
        if isinstance(_installation_manual, Unset):
            installation_manual = UNSET
        else:
            installation_manual = ManualInstallation.from_dict(_installation_manual)

        _network_setup = d.pop("network_setup", UNSET)
        network_setup: NetworkSetup | Unset
        if isinstance(_network_setup, Unset):
            network_setup = UNSET
        else:
            network_setup = NetworkSetup.from_dict(_network_setup)

        installation_instruction = cls(
            model=model,
            version=version,
            installation_via_qr_code=installation_via_qr_code,
            installation_manual=installation_manual,
            network_setup=network_setup,
        )

        installation_instruction.additional_properties = d
        return installation_instruction

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
