import {
  to = awscc_customerprofiles_event_trigger.example
  id = "domain_name|event_trigger_name"
}