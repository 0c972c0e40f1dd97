import {
  to = awscc_customerprofiles_event_trigger.example
  identity = {
    domain_name        = "domain_name"
    event_trigger_name = "event_trigger_name"
  }
}
