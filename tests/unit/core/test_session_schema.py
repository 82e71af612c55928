"""docs/session-format.md's JSON Schema holds every session netexplorer writes."""

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import given, settings

from netexplorer.core.session import Session
from netexplorer.core.session_read import loads
from netexplorer.core.session_write import dumps
from tests import session_samples

DOC = Path(__file__).resolve().parents[3] / "docs" / "session-format.md"
LECTURE = (
    Path(__file__).resolve().parents[3] / "netexplorer/resources/exercises/lecture.netexplorer.json"
)


def schema() -> dict[str, Any]:
    """Return the JSON Schema of the document's last json block."""
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    found: dict[str, Any] = json.loads(blocks[-1])
    jsonschema.Draft202012Validator.check_schema(found)
    return found


VALIDATOR = jsonschema.Draft202012Validator(schema())


def test_the_typical_session_and_the_lecture_exercise_follow_the_schema() -> None:
    VALIDATOR.validate(json.loads(dumps(session_samples.typical())))
    VALIDATOR.validate(json.loads(LECTURE.read_bytes()))
    assert loads(LECTURE.read_bytes()).kind == "exercise"


@given(session_samples.sessions)
@settings(max_examples=100)
def test_every_session_written_follows_the_schema(session: Session) -> None:
    VALIDATOR.validate(json.loads(dumps(session)))


def test_the_documented_example_outcome_is_one_netexplorer_reads() -> None:
    example = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)[0]
    from netexplorer.core import values

    outcome = values.decode_outcome(json.loads(example), "example")
    assert outcome is not None
    assert outcome.value == "127.0.0.1"
    VALIDATOR.validate(
        json.loads(dumps(Session()))
        | {
            "history": [
                json.loads(dumps(session_samples.typical()))["history"][0]
                | {"outcomes": [json.loads(example)]}
            ]
        }
    )
