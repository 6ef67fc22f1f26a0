from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_country import FreeCountry
    from ..models.free_list_number_map import FreeListNumberMap
    from ..models.free_message_page import FreeMessagePage


T = TypeVar("T", bound="FreeList")


@_attrs_define
class FreeList:
    """`response` is optional (reference quirk Q17, as for the other catalogue-like answers): the public getFreeList is
    documented only through wrappers. When present it is the success flag.

        Attributes:
            response (SuccessFlagType0 | SuccessFlagType1 | Unset): `response` of a successful answer: `1` (documented) or
                `"1"` (accepted defensively by every wrapper).
                Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
                of a union after a failed `const`.
            countries (list[FreeCountry] | Unset):
            numbers (FreeListNumberMap | list[Any] | Unset):
            messages (FreeMessagePage | Unset): A Laravel paginator (links and URLs are kept as extra fields).
    """

    response: SuccessFlagType0 | SuccessFlagType1 | Unset = UNSET
    countries: list[FreeCountry] | Unset = UNSET
    numbers: FreeListNumberMap | list[Any] | Unset = UNSET
    messages: FreeMessagePage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.free_list_number_map import FreeListNumberMap  # noqa: PLC0415

        response: int | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        numbers: dict[str, Any] | list[Any] | Unset
        if isinstance(self.numbers, Unset):
            numbers = UNSET
        elif isinstance(self.numbers, FreeListNumberMap):
            numbers = self.numbers.to_dict()
        else:
            numbers = self.numbers

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if countries is not UNSET:
            field_dict["countries"] = countries
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.free_country import FreeCountry  # noqa: PLC0415
        from ..models.free_list_number_map import FreeListNumberMap  # noqa: PLC0415
        from ..models.free_message_page import FreeMessagePage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_response(
            data: object,
        ) -> SuccessFlagType0 | SuccessFlagType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_flag_type_0 = SuccessFlagType0(data)

                return componentsschemas_success_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_flag_type_1 = SuccessFlagType1(data)

            return componentsschemas_success_flag_type_1

        response = _parse_response(d.pop("response", UNSET))

        _countries = d.pop("countries", UNSET)
        countries: list[FreeCountry] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = FreeCountry.from_dict(countries_item_data)

                countries.append(countries_item)

        def _parse_numbers(data: object) -> FreeListNumberMap | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                numbers_type_0 = FreeListNumberMap.from_dict(data)

                return numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            numbers_type_1 = cast(list[Any], data)

            return numbers_type_1

        numbers = _parse_numbers(d.pop("numbers", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: FreeMessagePage | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = FreeMessagePage.from_dict(_messages)

        free_list = cls(
            response=response,
            countries=countries,
            numbers=numbers,
            messages=messages,
        )

        free_list.additional_properties = d
        return free_list

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
