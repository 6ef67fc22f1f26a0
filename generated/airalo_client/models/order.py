from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installation_guides import InstallationGuides
    from ..models.order_status import OrderStatus
    from ..models.order_user import OrderUser
    from ..models.sim import Sim
    from ..models.sim_sharing import SimSharing


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order (sim or top-up). Mixed types: `quantity` is "1" in the POST /v2/orders response and 1 in
    GET; `price` 9.5 vs "9.50"; `validity` 7 vs "7". `sims`, `user` and `status` appear when included.

        Attributes:
            id (int):
            code (str): e.g. "20230227-009666".
            currency (str | Unset): "USD".
            package_id (str | Unset):
            quantity (int | str | Unset):
            type_ (str | Unset): "sim" or "topup".
            description (None | str | Unset):
            esim_type (str | Unset):
            validity (int | str | Unset): Days.
            package (str | Unset): "Operator-Title", e.g. "Kallur Digital-1 GB - 7 Days".
            data (str | Unset):
            text (int | None | Unset):
            voice (int | None | Unset):
            price (float | str | Unset):
            net_price (float | str | Unset): Newer.
            pricing_model (str | Unset): Newer, e.g. "net_pricing".
            created_at (str | Unset): "Y-m-d H:i:s" (no zone).
            manual_installation (str | Unset): HTML.
            qrcode_installation (str | Unset): HTML.
            installation_guides (InstallationGuides | Unset): Language code → installation guide URL.
            brand_settings_name (None | str | Unset):
            sims (list[Sim] | Unset):
            user (OrderUser | Unset): The ordering user (mostly null; documented as ignorable).
            status (OrderStatus | Unset):
            sharing (SimSharing | Unset): eSIMs Cloud sharing (with `include=share`).
    """

    id: int
    code: str
    currency: str | Unset = UNSET
    package_id: str | Unset = UNSET
    quantity: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    description: None | str | Unset = UNSET
    esim_type: str | Unset = UNSET
    validity: int | str | Unset = UNSET
    package: str | Unset = UNSET
    data: str | Unset = UNSET
    text: int | None | Unset = UNSET
    voice: int | None | Unset = UNSET
    price: float | str | Unset = UNSET
    net_price: float | str | Unset = UNSET
    pricing_model: str | Unset = UNSET
    created_at: str | Unset = UNSET
    manual_installation: str | Unset = UNSET
    qrcode_installation: str | Unset = UNSET
    installation_guides: InstallationGuides | Unset = UNSET
    brand_settings_name: None | str | Unset = UNSET
    sims: list[Sim] | Unset = UNSET
    user: OrderUser | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    sharing: SimSharing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        currency = self.currency

        package_id = self.package_id

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        esim_type = self.esim_type

        validity: int | str | Unset
        if isinstance(self.validity, Unset):
            validity = UNSET
        else:
            validity = self.validity

        package = self.package

        data = self.data

        text: int | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        voice: int | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        net_price: float | str | Unset
        if isinstance(self.net_price, Unset):
            net_price = UNSET
        else:
            net_price = self.net_price

        pricing_model = self.pricing_model

        created_at = self.created_at

        manual_installation = self.manual_installation

        qrcode_installation = self.qrcode_installation

        installation_guides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.installation_guides, Unset):
            installation_guides = self.installation_guides.to_dict()

        brand_settings_name: None | str | Unset
        if isinstance(self.brand_settings_name, Unset):
            brand_settings_name = UNSET
        else:
            brand_settings_name = self.brand_settings_name

        sims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sims, Unset):
            sims = []
            for sims_item_data in self.sims:
                sims_item = sims_item_data.to_dict()
                sims.append(sims_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        sharing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharing, Unset):
            sharing = self.sharing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if esim_type is not UNSET:
            field_dict["esim_type"] = esim_type
        if validity is not UNSET:
            field_dict["validity"] = validity
        if package is not UNSET:
            field_dict["package"] = package
        if data is not UNSET:
            field_dict["data"] = data
        if text is not UNSET:
            field_dict["text"] = text
        if voice is not UNSET:
            field_dict["voice"] = voice
        if price is not UNSET:
            field_dict["price"] = price
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if pricing_model is not UNSET:
            field_dict["pricing_model"] = pricing_model
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if manual_installation is not UNSET:
            field_dict["manual_installation"] = manual_installation
        if qrcode_installation is not UNSET:
            field_dict["qrcode_installation"] = qrcode_installation
        if installation_guides is not UNSET:
            field_dict["installation_guides"] = installation_guides
        if brand_settings_name is not UNSET:
            field_dict["brand_settings_name"] = brand_settings_name
        if sims is not UNSET:
            field_dict["sims"] = sims
        if user is not UNSET:
            field_dict["user"] = user
        if status is not UNSET:
            field_dict["status"] = status
        if sharing is not UNSET:
            field_dict["sharing"] = sharing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installation_guides import InstallationGuides  # noqa: PLC0415
        from ..models.order_status import OrderStatus  # noqa: PLC0415
        from ..models.order_user import OrderUser  # noqa: PLC0415
        from ..models.sim import Sim  # noqa: PLC0415
        from ..models.sim_sharing import SimSharing  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        currency = d.pop("currency", UNSET)

        package_id = d.pop("package_id", UNSET)

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        esim_type = d.pop("esim_type", UNSET)

        def _parse_validity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        validity = _parse_validity(d.pop("validity", UNSET))

        package = d.pop("package", UNSET)

        data = d.pop("data", UNSET)

        def _parse_text(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_voice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_net_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        net_price = _parse_net_price(d.pop("net_price", UNSET))

        pricing_model = d.pop("pricing_model", UNSET)

        created_at = d.pop("created_at", UNSET)

        manual_installation = d.pop("manual_installation", UNSET)

        qrcode_installation = d.pop("qrcode_installation", UNSET)

        _installation_guides = d.pop("installation_guides", UNSET)
        installation_guides: InstallationGuides | Unset
        if isinstance(_installation_guides, Unset):
            installation_guides = UNSET
        else:
            installation_guides = InstallationGuides.from_dict(_installation_guides)

        def _parse_brand_settings_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_settings_name = _parse_brand_settings_name(
            d.pop("brand_settings_name", UNSET)
        )

        _sims = d.pop("sims", UNSET)
        sims: list[Sim] | Unset = UNSET
        if _sims is not UNSET:
            sims = []
            for sims_item_data in _sims:
                sims_item = Sim.from_dict(sims_item_data)

                sims.append(sims_item)

        _user = d.pop("user", UNSET)
        user: OrderUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = OrderUser.from_dict(_user)

        _status = d.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus.from_dict(_status)

        _sharing = d.pop("sharing", UNSET)
        sharing: SimSharing | Unset
        if isinstance(_sharing, Unset):
            sharing = UNSET
        else:
            sharing = SimSharing.from_dict(_sharing)

        order = cls(
            id=id,
            code=code,
            currency=currency,
            package_id=package_id,
            quantity=quantity,
            type_=type_,
            description=description,
            esim_type=esim_type,
            validity=validity,
            package=package,
            data=data,
            text=text,
            voice=voice,
            price=price,
            net_price=net_price,
            pricing_model=pricing_model,
            created_at=created_at,
            manual_installation=manual_installation,
            qrcode_installation=qrcode_installation,
            installation_guides=installation_guides,
            brand_settings_name=brand_settings_name,
            sims=sims,
            user=user,
            status=status,
            sharing=sharing,
        )

        order.additional_properties = d
        return order

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
