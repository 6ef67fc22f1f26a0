from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apn_settings import ApnSettings
    from ..models.coverage import Coverage
    from ..models.image import Image
    from ..models.operator_country import OperatorCountry
    from ..models.package import Package


T = TypeVar("T", bound="Operator")


@_attrs_define
class Operator:
    """An operator (eSIM product line) with its packages.

    Attributes:
        id (int):
        style (str | Unset): "light" or "dark".
        gradient_start (str | Unset):
        gradient_end (str | Unset):
        type_ (str | Unset): "local" or "global".
        is_prepaid (bool | Unset):
        title (str | Unset):
        esim_type (str | Unset): "Prepaid".
        warning (None | str | Unset):
        apn_type (str | Unset): "automatic" or "manual".
        apn_value (None | str | Unset):
        is_roaming (bool | Unset):
        info (list[str] | Unset):
        image (Image | Unset):
        plan_type (str | Unset): "data" or "data-voice-text".
        activation_policy (str | Unset): "first-usage" (the product information also mentions installation).
        is_kyc_verify (bool | Unset):
        rechargeability (bool | Unset):
        other_info (None | str | Unset):
        install_window_days (int | None | Unset): Days after purchase during which the eSIM can still be installed;
            afterwards it is recycled.
        topup_grace_window_days (int | None | Unset): Days after the eSIM is exhausted or expired during which a top-up
            can still be bought; restarts after each top-up.
        apn (ApnSettings | Unset): Per-platform APN settings.
        coverages (list[Coverage] | Unset):
        countries (list[OperatorCountry] | Unset):
        packages (list[Package] | Unset):
    """

    id: int
    style: str | Unset = UNSET
    gradient_start: str | Unset = UNSET
    gradient_end: str | Unset = UNSET
    type_: str | Unset = UNSET
    is_prepaid: bool | Unset = UNSET
    title: str | Unset = UNSET
    esim_type: str | Unset = UNSET
    warning: None | str | Unset = UNSET
    apn_type: str | Unset = UNSET
    apn_value: None | str | Unset = UNSET
    is_roaming: bool | Unset = UNSET
    info: list[str] | Unset = UNSET
    image: Image | Unset = UNSET
    plan_type: str | Unset = UNSET
    activation_policy: str | Unset = UNSET
    is_kyc_verify: bool | Unset = UNSET
    rechargeability: bool | Unset = UNSET
    other_info: None | str | Unset = UNSET
    install_window_days: int | None | Unset = UNSET
    topup_grace_window_days: int | None | Unset = UNSET
    apn: ApnSettings | Unset = UNSET
    coverages: list[Coverage] | Unset = UNSET
    countries: list[OperatorCountry] | Unset = UNSET
    packages: list[Package] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        style = self.style

        gradient_start = self.gradient_start

        gradient_end = self.gradient_end

        type_ = self.type_

        is_prepaid = self.is_prepaid

        title = self.title

        esim_type = self.esim_type

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        apn_type = self.apn_type

        apn_value: None | str | Unset
        if isinstance(self.apn_value, Unset):
            apn_value = UNSET
        else:
            apn_value = self.apn_value

        is_roaming = self.is_roaming

        info: list[str] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        plan_type = self.plan_type

        activation_policy = self.activation_policy

        is_kyc_verify = self.is_kyc_verify

        rechargeability = self.rechargeability

        other_info: None | str | Unset
        if isinstance(self.other_info, Unset):
            other_info = UNSET
        else:
            other_info = self.other_info

        install_window_days: int | None | Unset
        if isinstance(self.install_window_days, Unset):
            install_window_days = UNSET
        else:
            install_window_days = self.install_window_days

        topup_grace_window_days: int | None | Unset
        if isinstance(self.topup_grace_window_days, Unset):
            topup_grace_window_days = UNSET
        else:
            topup_grace_window_days = self.topup_grace_window_days

        apn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apn, Unset):
            apn = self.apn.to_dict()

        coverages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coverages, Unset):
            coverages = []
            for coverages_item_data in self.coverages:
                coverages_item = coverages_item_data.to_dict()
                coverages.append(coverages_item)

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if style is not UNSET:
            field_dict["style"] = style
        if gradient_start is not UNSET:
            field_dict["gradient_start"] = gradient_start
        if gradient_end is not UNSET:
            field_dict["gradient_end"] = gradient_end
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_prepaid is not UNSET:
            field_dict["is_prepaid"] = is_prepaid
        if title is not UNSET:
            field_dict["title"] = title
        if esim_type is not UNSET:
            field_dict["esim_type"] = esim_type
        if warning is not UNSET:
            field_dict["warning"] = warning
        if apn_type is not UNSET:
            field_dict["apn_type"] = apn_type
        if apn_value is not UNSET:
            field_dict["apn_value"] = apn_value
        if is_roaming is not UNSET:
            field_dict["is_roaming"] = is_roaming
        if info is not UNSET:
            field_dict["info"] = info
        if image is not UNSET:
            field_dict["image"] = image
        if plan_type is not UNSET:
            field_dict["plan_type"] = plan_type
        if activation_policy is not UNSET:
            field_dict["activation_policy"] = activation_policy
        if is_kyc_verify is not UNSET:
            field_dict["is_kyc_verify"] = is_kyc_verify
        if rechargeability is not UNSET:
            field_dict["rechargeability"] = rechargeability
        if other_info is not UNSET:
            field_dict["other_info"] = other_info
        if install_window_days is not UNSET:
            field_dict["install_window_days"] = install_window_days
        if topup_grace_window_days is not UNSET:
            field_dict["topup_grace_window_days"] = topup_grace_window_days
        if apn is not UNSET:
            field_dict["apn"] = apn
        if coverages is not UNSET:
            field_dict["coverages"] = coverages
        if countries is not UNSET:
            field_dict["countries"] = countries
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apn_settings import ApnSettings  # noqa: PLC0415
        from ..models.coverage import Coverage  # noqa: PLC0415
        from ..models.image import Image  # noqa: PLC0415
        from ..models.operator_country import OperatorCountry  # noqa: PLC0415
        from ..models.package import Package  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        style = d.pop("style", UNSET)

        gradient_start = d.pop("gradient_start", UNSET)

        gradient_end = d.pop("gradient_end", UNSET)

        type_ = d.pop("type", UNSET)

        is_prepaid = d.pop("is_prepaid", UNSET)

        title = d.pop("title", UNSET)

        esim_type = d.pop("esim_type", UNSET)

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        apn_type = d.pop("apn_type", UNSET)

        def _parse_apn_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn_value = _parse_apn_value(d.pop("apn_value", UNSET))

        is_roaming = d.pop("is_roaming", UNSET)

        info = cast(list[str], d.pop("info", UNSET))

        _image = d.pop("image", UNSET)
        image: Image | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = Image.from_dict(_image)

        plan_type = d.pop("plan_type", UNSET)

        activation_policy = d.pop("activation_policy", UNSET)

        is_kyc_verify = d.pop("is_kyc_verify", UNSET)

        rechargeability = d.pop("rechargeability", UNSET)

        def _parse_other_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_info = _parse_other_info(d.pop("other_info", UNSET))

        def _parse_install_window_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        install_window_days = _parse_install_window_days(
            d.pop("install_window_days", UNSET)
        )

        def _parse_topup_grace_window_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        topup_grace_window_days = _parse_topup_grace_window_days(
            d.pop("topup_grace_window_days", UNSET)
        )

        _apn = d.pop("apn", UNSET)
        apn: ApnSettings | Unset
        if isinstance(_apn, Unset):
            apn = UNSET
        else:
            apn = ApnSettings.from_dict(_apn)

        _coverages = d.pop("coverages", UNSET)
        coverages: list[Coverage] | Unset = UNSET
        if _coverages is not UNSET:
            coverages = []
            for coverages_item_data in _coverages:
                coverages_item = Coverage.from_dict(coverages_item_data)

                coverages.append(coverages_item)

        _countries = d.pop("countries", UNSET)
        countries: list[OperatorCountry] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = OperatorCountry.from_dict(countries_item_data)

                countries.append(countries_item)

        _packages = d.pop("packages", UNSET)
        packages: list[Package] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = Package.from_dict(packages_item_data)

                packages.append(packages_item)

        operator = cls(
            id=id,
            style=style,
            gradient_start=gradient_start,
            gradient_end=gradient_end,
            type_=type_,
            is_prepaid=is_prepaid,
            title=title,
            esim_type=esim_type,
            warning=warning,
            apn_type=apn_type,
            apn_value=apn_value,
            is_roaming=is_roaming,
            info=info,
            image=image,
            plan_type=plan_type,
            activation_policy=activation_policy,
            is_kyc_verify=is_kyc_verify,
            rechargeability=rechargeability,
            other_info=other_info,
            install_window_days=install_window_days,
            topup_grace_window_days=topup_grace_window_days,
            apn=apn,
            coverages=coverages,
            countries=countries,
            packages=packages,
        )

        operator.additional_properties = d
        return operator

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
