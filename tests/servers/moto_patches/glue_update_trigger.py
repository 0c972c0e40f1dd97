"""Glue UpdateTrigger, which moto 5.2.1 lacks.

From the AWS Glue API reference (UpdateTrigger, TriggerUpdate):
- request {Name, TriggerUpdate: {Name, Description, Schedule, Actions,
  Predicate, EventBatchingCondition}}; TriggerUpdate "updates the previous
  trigger definition by overwriting it completely": what it leaves out is
  removed. TriggerUpdate.Name is reserved for future use (no renaming). The
  trigger's type, state and tags stay as they are.
- response {Trigger}: the trigger as it now is.
- EntityNotFoundException when there is no such trigger;
  InvalidInputException when TriggerUpdate is missing or a CONDITIONAL
  trigger would be left without a predicate.
"""
from moto.core.responses import ActionResult
from moto.glue.exceptions import InvalidInputException
from moto.glue.models import GlueBackend
from moto.glue.responses import GlueResponse
from moto.glue.utils import Action, Predicate


def _update_trigger(self, name, trigger_update):
    trigger = self.get_trigger(name)
    predicate_input = trigger_update.get("Predicate")
    predicate = Predicate(predicate_input) if predicate_input else None
    if trigger.trigger_type == "CONDITIONAL" and not predicate:
        raise InvalidInputException("UpdateTrigger", "Predicate cannot be null or empty")
    trigger.description = trigger_update.get("Description")
    trigger.schedule = trigger_update.get("Schedule")
    trigger.actions = [Action(a) for a in trigger_update.get("Actions") or []]
    trigger.predicate = predicate
    trigger.event_batching_condition = trigger_update.get("EventBatchingCondition")
    return trigger


def _update_trigger_response(self):
    trigger_update = self._get_param("TriggerUpdate")
    if trigger_update is None:
        raise InvalidInputException("UpdateTrigger", "TriggerUpdate is required")
    trigger = self.glue_backend.update_trigger(self._get_param("Name"), trigger_update)
    return ActionResult({"Trigger": trigger.as_dict()})


GlueBackend.update_trigger = _update_trigger
GlueResponse.update_trigger = _update_trigger_response
