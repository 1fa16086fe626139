"""JSON Schemas of the content files, for staff editors (VS Code YAML extension)."""

from __future__ import annotations

from typing import Any

from bot import content

SCHEMA_FILES = {
    "faq.schema.json": ("FaqFile", "FAQ ファイル (faq/*.yaml)"),
    "desks.schema.json": ("DeskFile", "窓口 (plan_data/desks.yaml)"),
    "plan.schema.json": ("PlanFile", "計画 (plan_data/plan.yaml)"),
    "places.schema.json": ("PlaceFile", "居場所 (plan_data/places.yaml)"),
    "volunteers.schema.json": ("VolunteerFile", "ボランティア募集 (plan_data/volunteers.yaml)"),
}


def schemas() -> dict[str, dict[str, Any]]:

    out = {}
    for name, (model_name, title) in SCHEMA_FILES.items():
        model = getattr(content, model_name, None)
        if model is None:
            continue
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"つながりナビ {title}"
        out[name] = schema
    return out
