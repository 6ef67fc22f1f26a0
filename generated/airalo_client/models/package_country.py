from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.min_price import MinPrice
    from ..models.operator import Operator


T = TypeVar("T", bound="PackageCountry")


@_attrs_define
class PackageCountry:
    """A country (local packages) or region (global packages; `country_code` is "").

    Attributes:
        slug (str):
        country_code (str | Unset):
        title (str | Unset):
        image (Image | Unset):
        min_price (MinPrice | Unset): Lowest prices of the country's packages (newer docs).
        operators (list[Operator] | Unset):
    """

    slug: str
    country_code: str | Unset = UNSET
    title: str | Unset = UNSET
    image: Image | Unset = UNSET
    min_price: MinPrice | Unset = UNSET
    operators: list[Operator] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        country_code = self.country_code

        title = self.title

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        min_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_price, Unset):
            min_price = self.min_price.to_dict()

        operators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operators, Unset):
            operators = []
            for operators_item_data in self.operators:
                operators_item = operators_item_data.to_dict()
                operators.append(operators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
            }
        )
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if title is not UNSET:
            field_dict["title"] = title
        if image is not UNSET:
            field_dict["image"] = image
        if min_price is not UNSET:
            field_dict["min_price"] = min_price
        if operators is not UNSET:
            field_dict["operators"] = operators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image import Image  # noqa: PLC0415
        from ..models.min_price import MinPrice  # noqa: PLC0415
        from ..models.operator import Operator  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        country_code = d.pop("country_code", UNSET)

        title = d.pop("title", UNSET)

        _image = d.pop("image", UNSET)
        image: Image | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = Image.from_dict(_image)

        _min_price = d.pop("min_price", UNSET)
        min_price: MinPrice | Unset
        if isinstance(_min_price, Unset):
            min_price = UNSET
        else:
            min_price = MinPrice.from_dict(_min_price)

        _operators = d.pop("operators", UNSET)
        operators: list[Operator] | Unset = UNSET
        if _operators is not UNSET:
            operators = []
            for operators_item_data in _operators:
                operators_item = Operator.from_dict(operators_item_data)

                operators.append(operators_item)

        package_country = cls(
            slug=slug,
            country_code=country_code,
            title=title,
            image=image,
            min_price=min_price,
            operators=operators,
        )

        package_country.additional_properties = d
        return package_country

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
