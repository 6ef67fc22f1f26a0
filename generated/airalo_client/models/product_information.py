from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductInformation")


@_attrs_define
class ProductInformation:
    """Product Information Brochure of one package (newer docs). Texts are localised.

    Attributes:
        package_id (str | Unset):
        product_name (str | Unset):
        product_description (str | Unset):
        date_marketed (None | str | Unset):
        service_internet (bool | Unset):
        service_telephony (bool | Unset):
        service_sms (bool | Unset):
        network_providers (list[str] | Unset):
        network_technologies (list[str] | Unset):
        data_allowance_mb (int | str | Unset): MB as a string, or a localised "unlimited" word.
        data_allowance_display (str | Unset):
        validity_days (int | Unset):
        voice_minutes (int | Unset):
        sms_included (int | Unset):
        retail_price_eur (float | str | Unset): e.g. "10.12".
        max_download_speed_mbit (None | str | Unset):
        max_upload_speed_mbit (None | str | Unset):
        throttled_download_speed_mbit (None | str | Unset):
        throttled_upload_speed_mbit (None | str | Unset):
        throttle_threshold_mb (int | None | Unset):
        is_unlimited (bool | Unset):
        is_fair_usage_policy (bool | None | Unset):
        fair_usage_policy (None | str | Unset):
        out_of_bundle_rate_eur_per_mb (None | str | Unset):
        activation_policy (str | Unset): "first-usage" or installation (the docs spell them "fist-usage"/"instalation").
        is_roaming (bool | Unset):
        auto_renewal (None | str | Unset): Localised text.
        terms_url (str | Unset):
        partner_brand_name (str | Unset):
        partner_logo_url (None | str | Unset):
        legal_entity_name (str | Unset):
        legal_address (str | Unset):
        pib_version (int | Unset):
        pib_version_date (str | Unset): ISO-8601 with offset.
        version_hash (str | Unset):
        pib_version_pdf_link (str | Unset):
    """

    package_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    product_description: str | Unset = UNSET
    date_marketed: None | str | Unset = UNSET
    service_internet: bool | Unset = UNSET
    service_telephony: bool | Unset = UNSET
    service_sms: bool | Unset = UNSET
    network_providers: list[str] | Unset = UNSET
    network_technologies: list[str] | Unset = UNSET
    data_allowance_mb: int | str | Unset = UNSET
    data_allowance_display: str | Unset = UNSET
    validity_days: int | Unset = UNSET
    voice_minutes: int | Unset = UNSET
    sms_included: int | Unset = UNSET
    retail_price_eur: float | str | Unset = UNSET
    max_download_speed_mbit: None | str | Unset = UNSET
    max_upload_speed_mbit: None | str | Unset = UNSET
    throttled_download_speed_mbit: None | str | Unset = UNSET
    throttled_upload_speed_mbit: None | str | Unset = UNSET
    throttle_threshold_mb: int | None | Unset = UNSET
    is_unlimited: bool | Unset = UNSET
    is_fair_usage_policy: bool | None | Unset = UNSET
    fair_usage_policy: None | str | Unset = UNSET
    out_of_bundle_rate_eur_per_mb: None | str | Unset = UNSET
    activation_policy: str | Unset = UNSET
    is_roaming: bool | Unset = UNSET
    auto_renewal: None | str | Unset = UNSET
    terms_url: str | Unset = UNSET
    partner_brand_name: str | Unset = UNSET
    partner_logo_url: None | str | Unset = UNSET
    legal_entity_name: str | Unset = UNSET
    legal_address: str | Unset = UNSET
    pib_version: int | Unset = UNSET
    pib_version_date: str | Unset = UNSET
    version_hash: str | Unset = UNSET
    pib_version_pdf_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        product_name = self.product_name

        product_description = self.product_description

        date_marketed: None | str | Unset
        if isinstance(self.date_marketed, Unset):
            date_marketed = UNSET
        else:
            date_marketed = self.date_marketed

        service_internet = self.service_internet

        service_telephony = self.service_telephony

        service_sms = self.service_sms

        network_providers: list[str] | Unset = UNSET
        if not isinstance(self.network_providers, Unset):
            network_providers = self.network_providers

        network_technologies: list[str] | Unset = UNSET
        if not isinstance(self.network_technologies, Unset):
            network_technologies = self.network_technologies

        data_allowance_mb: int | str | Unset
        if isinstance(self.data_allowance_mb, Unset):
            data_allowance_mb = UNSET
        else:
            data_allowance_mb = self.data_allowance_mb

        data_allowance_display = self.data_allowance_display

        validity_days = self.validity_days

        voice_minutes = self.voice_minutes

        sms_included = self.sms_included

        retail_price_eur: float | str | Unset
        if isinstance(self.retail_price_eur, Unset):
            retail_price_eur = UNSET
        else:
            retail_price_eur = self.retail_price_eur

        max_download_speed_mbit: None | str | Unset
        if isinstance(self.max_download_speed_mbit, Unset):
            max_download_speed_mbit = UNSET
        else:
            max_download_speed_mbit = self.max_download_speed_mbit

        max_upload_speed_mbit: None | str | Unset
        if isinstance(self.max_upload_speed_mbit, Unset):
            max_upload_speed_mbit = UNSET
        else:
            max_upload_speed_mbit = self.max_upload_speed_mbit

        throttled_download_speed_mbit: None | str | Unset
        if isinstance(self.throttled_download_speed_mbit, Unset):
            throttled_download_speed_mbit = UNSET
        else:
            throttled_download_speed_mbit = self.throttled_download_speed_mbit

        throttled_upload_speed_mbit: None | str | Unset
        if isinstance(self.throttled_upload_speed_mbit, Unset):
            throttled_upload_speed_mbit = UNSET
        else:
            throttled_upload_speed_mbit = self.throttled_upload_speed_mbit

        throttle_threshold_mb: int | None | Unset
        if isinstance(self.throttle_threshold_mb, Unset):
            throttle_threshold_mb = UNSET
        else:
            throttle_threshold_mb = self.throttle_threshold_mb

        is_unlimited = self.is_unlimited

        is_fair_usage_policy: bool | None | Unset
        if isinstance(self.is_fair_usage_policy, Unset):
            is_fair_usage_policy = UNSET
        else:
            is_fair_usage_policy = self.is_fair_usage_policy

        fair_usage_policy: None | str | Unset
        if isinstance(self.fair_usage_policy, Unset):
            fair_usage_policy = UNSET
        else:
            fair_usage_policy = self.fair_usage_policy

        out_of_bundle_rate_eur_per_mb: None | str | Unset
        if isinstance(self.out_of_bundle_rate_eur_per_mb, Unset):
            out_of_bundle_rate_eur_per_mb = UNSET
        else:
            out_of_bundle_rate_eur_per_mb = self.out_of_bundle_rate_eur_per_mb

        activation_policy = self.activation_policy

        is_roaming = self.is_roaming

        auto_renewal: None | str | Unset
        if isinstance(self.auto_renewal, Unset):
            auto_renewal = UNSET
        else:
            auto_renewal = self.auto_renewal

        terms_url = self.terms_url

        partner_brand_name = self.partner_brand_name

        partner_logo_url: None | str | Unset
        if isinstance(self.partner_logo_url, Unset):
            partner_logo_url = UNSET
        else:
            partner_logo_url = self.partner_logo_url

        legal_entity_name = self.legal_entity_name

        legal_address = self.legal_address

        pib_version = self.pib_version

        pib_version_date = self.pib_version_date

        version_hash = self.version_hash

        pib_version_pdf_link = self.pib_version_pdf_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if product_description is not UNSET:
            field_dict["product_description"] = product_description
        if date_marketed is not UNSET:
            field_dict["date_marketed"] = date_marketed
        if service_internet is not UNSET:
            field_dict["service_internet"] = service_internet
        if service_telephony is not UNSET:
            field_dict["service_telephony"] = service_telephony
        if service_sms is not UNSET:
            field_dict["service_sms"] = service_sms
        if network_providers is not UNSET:
            field_dict["network_providers"] = network_providers
        if network_technologies is not UNSET:
            field_dict["network_technologies"] = network_technologies
        if data_allowance_mb is not UNSET:
            field_dict["data_allowance_mb"] = data_allowance_mb
        if data_allowance_display is not UNSET:
            field_dict["data_allowance_display"] = data_allowance_display
        if validity_days is not UNSET:
            field_dict["validity_days"] = validity_days
        if voice_minutes is not UNSET:
            field_dict["voice_minutes"] = voice_minutes
        if sms_included is not UNSET:
            field_dict["sms_included"] = sms_included
        if retail_price_eur is not UNSET:
            field_dict["retail_price_eur"] = retail_price_eur
        if max_download_speed_mbit is not UNSET:
            field_dict["max_download_speed_mbit"] = max_download_speed_mbit
        if max_upload_speed_mbit is not UNSET:
            field_dict["max_upload_speed_mbit"] = max_upload_speed_mbit
        if throttled_download_speed_mbit is not UNSET:
            field_dict["throttled_download_speed_mbit"] = throttled_download_speed_mbit
        if throttled_upload_speed_mbit is not UNSET:
            field_dict["throttled_upload_speed_mbit"] = throttled_upload_speed_mbit
        if throttle_threshold_mb is not UNSET:
            field_dict["throttle_threshold_mb"] = throttle_threshold_mb
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if is_fair_usage_policy is not UNSET:
            field_dict["is_fair_usage_policy"] = is_fair_usage_policy
        if fair_usage_policy is not UNSET:
            field_dict["fair_usage_policy"] = fair_usage_policy
        if out_of_bundle_rate_eur_per_mb is not UNSET:
            field_dict["out_of_bundle_rate_eur_per_mb"] = out_of_bundle_rate_eur_per_mb
        if activation_policy is not UNSET:
            field_dict["activation_policy"] = activation_policy
        if is_roaming is not UNSET:
            field_dict["is_roaming"] = is_roaming
        if auto_renewal is not UNSET:
            field_dict["auto_renewal"] = auto_renewal
        if terms_url is not UNSET:
            field_dict["terms_url"] = terms_url
        if partner_brand_name is not UNSET:
            field_dict["partner_brand_name"] = partner_brand_name
        if partner_logo_url is not UNSET:
            field_dict["partner_logo_url"] = partner_logo_url
        if legal_entity_name is not UNSET:
            field_dict["legal_entity_name"] = legal_entity_name
        if legal_address is not UNSET:
            field_dict["legal_address"] = legal_address
        if pib_version is not UNSET:
            field_dict["pib_version"] = pib_version
        if pib_version_date is not UNSET:
            field_dict["pib_version_date"] = pib_version_date
        if version_hash is not UNSET:
            field_dict["version_hash"] = version_hash
        if pib_version_pdf_link is not UNSET:
            field_dict["pib_version_pdf_link"] = pib_version_pdf_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("package_id", UNSET)

        product_name = d.pop("product_name", UNSET)

        product_description = d.pop("product_description", UNSET)

        def _parse_date_marketed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_marketed = _parse_date_marketed(d.pop("date_marketed", UNSET))

        service_internet = d.pop("service_internet", UNSET)

        service_telephony = d.pop("service_telephony", UNSET)

        service_sms = d.pop("service_sms", UNSET)

        network_providers = cast(list[str], d.pop("network_providers", UNSET))

        network_technologies = cast(list[str], d.pop("network_technologies", UNSET))

        def _parse_data_allowance_mb(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        data_allowance_mb = _parse_data_allowance_mb(d.pop("data_allowance_mb", UNSET))

        data_allowance_display = d.pop("data_allowance_display", UNSET)

        validity_days = d.pop("validity_days", UNSET)

        voice_minutes = d.pop("voice_minutes", UNSET)

        sms_included = d.pop("sms_included", UNSET)

        def _parse_retail_price_eur(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        retail_price_eur = _parse_retail_price_eur(d.pop("retail_price_eur", UNSET))

        def _parse_max_download_speed_mbit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_download_speed_mbit = _parse_max_download_speed_mbit(
            d.pop("max_download_speed_mbit", UNSET)
        )

        def _parse_max_upload_speed_mbit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_upload_speed_mbit = _parse_max_upload_speed_mbit(
            d.pop("max_upload_speed_mbit", UNSET)
        )

        def _parse_throttled_download_speed_mbit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        throttled_download_speed_mbit = _parse_throttled_download_speed_mbit(
            d.pop("throttled_download_speed_mbit", UNSET)
        )

        def _parse_throttled_upload_speed_mbit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        throttled_upload_speed_mbit = _parse_throttled_upload_speed_mbit(
            d.pop("throttled_upload_speed_mbit", UNSET)
        )

        def _parse_throttle_threshold_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        throttle_threshold_mb = _parse_throttle_threshold_mb(
            d.pop("throttle_threshold_mb", UNSET)
        )

        is_unlimited = d.pop("is_unlimited", UNSET)

        def _parse_is_fair_usage_policy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_fair_usage_policy = _parse_is_fair_usage_policy(
            d.pop("is_fair_usage_policy", UNSET)
        )

        def _parse_fair_usage_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fair_usage_policy = _parse_fair_usage_policy(d.pop("fair_usage_policy", UNSET))

        def _parse_out_of_bundle_rate_eur_per_mb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_of_bundle_rate_eur_per_mb = _parse_out_of_bundle_rate_eur_per_mb(
            d.pop("out_of_bundle_rate_eur_per_mb", UNSET)
        )

        activation_policy = d.pop("activation_policy", UNSET)

        is_roaming = d.pop("is_roaming", UNSET)

        def _parse_auto_renewal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_renewal = _parse_auto_renewal(d.pop("auto_renewal", UNSET))

        terms_url = d.pop("terms_url", UNSET)

        partner_brand_name = d.pop("partner_brand_name", UNSET)

        def _parse_partner_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_logo_url = _parse_partner_logo_url(d.pop("partner_logo_url", UNSET))

        legal_entity_name = d.pop("legal_entity_name", UNSET)

        legal_address = d.pop("legal_address", UNSET)

        pib_version = d.pop("pib_version", UNSET)

        pib_version_date = d.pop("pib_version_date", UNSET)

        version_hash = d.pop("version_hash", UNSET)

        pib_version_pdf_link = d.pop("pib_version_pdf_link", UNSET)

        product_information = cls(
            package_id=package_id,
            product_name=product_name,
            product_description=product_description,
            date_marketed=date_marketed,
            service_internet=service_internet,
            service_telephony=service_telephony,
            service_sms=service_sms,
            network_providers=network_providers,
            network_technologies=network_technologies,
            data_allowance_mb=data_allowance_mb,
            data_allowance_display=data_allowance_display,
            validity_days=validity_days,
            voice_minutes=voice_minutes,
            sms_included=sms_included,
            retail_price_eur=retail_price_eur,
            max_download_speed_mbit=max_download_speed_mbit,
            max_upload_speed_mbit=max_upload_speed_mbit,
            throttled_download_speed_mbit=throttled_download_speed_mbit,
            throttled_upload_speed_mbit=throttled_upload_speed_mbit,
            throttle_threshold_mb=throttle_threshold_mb,
            is_unlimited=is_unlimited,
            is_fair_usage_policy=is_fair_usage_policy,
            fair_usage_policy=fair_usage_policy,
            out_of_bundle_rate_eur_per_mb=out_of_bundle_rate_eur_per_mb,
            activation_policy=activation_policy,
            is_roaming=is_roaming,
            auto_renewal=auto_renewal,
            terms_url=terms_url,
            partner_brand_name=partner_brand_name,
            partner_logo_url=partner_logo_url,
            legal_entity_name=legal_entity_name,
            legal_address=legal_address,
            pib_version=pib_version,
            pib_version_date=pib_version_date,
            version_hash=version_hash,
            pib_version_pdf_link=pib_version_pdf_link,
        )

        product_information.additional_properties = d
        return product_information

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
