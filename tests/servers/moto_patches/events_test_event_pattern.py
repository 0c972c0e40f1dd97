"""EventBridge TestEventPattern, which moto 5.2.1 answers with nothing.

From the Amazon EventBridge API reference (TestEventPattern): request
{EventPattern, Event}, both JSON text; response {Result}, true when the
event matches the pattern. "Most services in AWS treat : or / as the same
character in Amazon Resource Names (ARNs). However, EventBridge uses an exact
match in event patterns and rules." The event must carry the fields an
event has: id, account, source, time, region, resources and detail-type,
else InvalidEventPatternException ("Event is missing the required field
...").

The match is moto's own (EventPattern, what moto's PutEvents uses to pick a
rule's targets), so a test can ask whether a rule's pattern takes an event
without moto delivering to the target (moto's PutEvents delivers to no SNS
topic). examples/retail-batch's test (t0330) uses it for the rule on its
pipeline's failed executions.
"""
import json

from moto.events.exceptions import InvalidEventPatternException
from moto.events.models import EventPattern
from moto.events.responses import EventsHandler

REQUIRED = ("id", "account", "source", "time", "region", "resources", "detail-type")


def test_event_pattern(self):
    try:
        pattern = EventPattern.load(self._get_param("EventPattern"))
        event = json.loads(self._get_param("Event") or "")
    except ValueError as e:
        raise InvalidEventPatternException(str(e))
    missing = [f for f in REQUIRED if f not in event]
    if missing:
        raise InvalidEventPatternException(
            "Event is missing the required field " + missing[0] + ".")
    return json.dumps({"Result": pattern.matches_event(event)}), self.response_headers


EventsHandler.test_event_pattern = test_event_pattern
