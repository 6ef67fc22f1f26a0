from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apn_settings import ApnSettings
    from ..models.order import Order


T = TypeVar("T", bound="Sim")


@_attrs_define
class Sim:
    """An eSIM: the fields of an order's sim plus those of GET /v2/sims. `qrcode` is
    `LPA:1$<lpa>$<matching_id>`; `qrcode_url` is signed and expires; `direct_apple_installation_url` works
    on iOS 17.4+.

        Attributes:
            id (int):
            iccid (str):
            created_at (str | Unset): "Y-m-d H:i:s".
            lpa (str | Unset): SM-DP+ address.
            imsis (Any | Unset): Null in every published example; type unknown.
            matching_id (str | Unset): Activation code.
            qrcode (str | Unset):
            qrcode_url (str | Unset):
            direct_apple_installation_url (str | Unset):
            voucher_code (None | str | Unset):
            airalo_code (None | str | Unset):
            apn_type (str | Unset):
            apn_value (None | str | Unset):
            apn (ApnSettings | Unset): Per-platform APN settings.
            is_roaming (bool | None | Unset):
            confirmation_code (None | str | Unset):
            msisdn (None | str | Unset): Phone number (voice/text packages).
            order (None | Order | Unset): Null in every published example (the order comes as `simable`).
            brand_settings_name (None | str | Unset):
            recycled (bool | Unset):
            recycled_at (None | str | Unset): "Y-m-d H:i:s".
            simable (Order | Unset): An order (sim or top-up). Mixed types: `quantity` is "1" in the POST /v2/orders
                response and 1 in
                GET; `price` 9.5 vs "9.50"; `validity` 7 vs "7". `sims`, `user` and `status` appear when included.
    """

    id: int
    iccid: str
    created_at: str | Unset = UNSET
    lpa: str | Unset = UNSET
    imsis: Any | Unset = UNSET
    matching_id: str | Unset = UNSET
    qrcode: str | Unset = UNSET
    qrcode_url: str | Unset = UNSET
    direct_apple_installation_url: str | Unset = UNSET
    voucher_code: None | str | Unset = UNSET
    airalo_code: None | str | Unset = UNSET
    apn_type: str | Unset = UNSET
    apn_value: None | str | Unset = UNSET
    apn: ApnSettings | Unset = UNSET
    is_roaming: bool | None | Unset = UNSET
    confirmation_code: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    order: None | Order | Unset = UNSET
    brand_settings_name: None | str | Unset = UNSET
    recycled: bool | Unset = UNSET
    recycled_at: None | str | Unset = UNSET
    simable: Order | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order import Order  # noqa: PLC0415

        id = self.id

        iccid = self.iccid

        created_at = self.created_at

        lpa = self.lpa

        imsis = self.imsis

        matching_id = self.matching_id

        qrcode = self.qrcode

        qrcode_url = self.qrcode_url

        direct_apple_installation_url = self.direct_apple_installation_url

        voucher_code: None | str | Unset
        if isinstance(self.voucher_code, Unset):
            voucher_code = UNSET
        else:
            voucher_code = self.voucher_code

        airalo_code: None | str | Unset
        if isinstance(self.airalo_code, Unset):
            airalo_code = UNSET
        else:
            airalo_code = self.airalo_code

        apn_type = self.apn_type

        apn_value: None | str | Unset
        if isinstance(self.apn_value, Unset):
            apn_value = UNSET
        else:
            apn_value = self.apn_value

        apn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.apn, Unset):
            apn = self.apn.to_dict()

        is_roaming: bool | None | Unset
        if isinstance(self.is_roaming, Unset):
            is_roaming = UNSET
        else:
            is_roaming = self.is_roaming

        confirmation_code: None | str | Unset
        if isinstance(self.confirmation_code, Unset):
            confirmation_code = UNSET
        else:
            confirmation_code = self.confirmation_code

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, Order):
            order = self.order.to_dict()
        else:
            order = self.order

        brand_settings_name: None | str | Unset
        if isinstance(self.brand_settings_name, Unset):
            brand_settings_name = UNSET
        else:
            brand_settings_name = self.brand_settings_name

        recycled = self.recycled

        recycled_at: None | str | Unset
        if isinstance(self.recycled_at, Unset):
            recycled_at = UNSET
        else:
            recycled_at = self.recycled_at

        simable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simable, Unset):
            simable = self.simable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "iccid": iccid,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if lpa is not UNSET:
            field_dict["lpa"] = lpa
        if imsis is not UNSET:
            field_dict["imsis"] = imsis
        if matching_id is not UNSET:
            field_dict["matching_id"] = matching_id
        if qrcode is not UNSET:
            field_dict["qrcode"] = qrcode
        if qrcode_url is not UNSET:
            field_dict["qrcode_url"] = qrcode_url
        if direct_apple_installation_url is not UNSET:
            field_dict["direct_apple_installation_url"] = direct_apple_installation_url
        if voucher_code is not UNSET:
            field_dict["voucher_code"] = voucher_code
        if airalo_code is not UNSET:
            field_dict["airalo_code"] = airalo_code
        if apn_type is not UNSET:
            field_dict["apn_type"] = apn_type
        if apn_value is not UNSET:
            field_dict["apn_value"] = apn_value
        if apn is not UNSET:
            field_dict["apn"] = apn
        if is_roaming is not UNSET:
            field_dict["is_roaming"] = is_roaming
        if confirmation_code is not UNSET:
            field_dict["confirmation_code"] = confirmation_code
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if order is not UNSET:
            field_dict["order"] = order
        if brand_settings_name is not UNSET:
            field_dict["brand_settings_name"] = brand_settings_name
        if recycled is not UNSET:
            field_dict["recycled"] = recycled
        if recycled_at is not UNSET:
            field_dict["recycled_at"] = recycled_at
        if simable is not UNSET:
            field_dict["simable"] = simable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apn_settings import ApnSettings  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        iccid = d.pop("iccid")

        created_at = d.pop("created_at", UNSET)

        lpa = d.pop("lpa", UNSET)

        imsis = d.pop("imsis", UNSET)

        matching_id = d.pop("matching_id", UNSET)

        qrcode = d.pop("qrcode", UNSET)

        qrcode_url = d.pop("qrcode_url", UNSET)

        direct_apple_installation_url = d.pop("direct_apple_installation_url", UNSET)

        def _parse_voucher_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voucher_code = _parse_voucher_code(d.pop("voucher_code", UNSET))

        def _parse_airalo_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        airalo_code = _parse_airalo_code(d.pop("airalo_code", UNSET))

        apn_type = d.pop("apn_type", UNSET)

        def _parse_apn_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn_value = _parse_apn_value(d.pop("apn_value", UNSET))

        _apn = d.pop("apn", UNSET)
        apn: ApnSettings | Unset
        if isinstance(_apn, Unset):
            apn = UNSET
        else:
            apn = ApnSettings.from_dict(_apn)

        def _parse_is_roaming(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_roaming = _parse_is_roaming(d.pop("is_roaming", UNSET))

        def _parse_confirmation_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_code = _parse_confirmation_code(d.pop("confirmation_code", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_order(data: object) -> None | Order | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_type_0 = Order.from_dict(data)

                return order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Order | Unset, data)

        order = _parse_order(d.pop("order", UNSET))

        def _parse_brand_settings_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_settings_name = _parse_brand_settings_name(
            d.pop("brand_settings_name", UNSET)
        )

        recycled = d.pop("recycled", UNSET)

        def _parse_recycled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recycled_at = _parse_recycled_at(d.pop("recycled_at", UNSET))

        _simable = d.pop("simable", UNSET)
        simable: Order | Unset
        if isinstance(_simable, Unset):
            simable = UNSET
        else:
            simable = Order.from_dict(_simable)

        sim = cls(
            id=id,
            iccid=iccid,
            created_at=created_at,
            lpa=lpa,
            imsis=imsis,
            matching_id=matching_id,
            qrcode=qrcode,
            qrcode_url=qrcode_url,
            direct_apple_installation_url=direct_apple_installation_url,
            voucher_code=voucher_code,
            airalo_code=airalo_code,
            apn_type=apn_type,
            apn_value=apn_value,
            apn=apn,
            is_roaming=is_roaming,
            confirmation_code=confirmation_code,
            msisdn=msisdn,
            order=order,
            brand_settings_name=brand_settings_name,
            recycled=recycled,
            recycled_at=recycled_at,
            simable=simable,
        )

        sim.additional_properties = d
        return sim

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
