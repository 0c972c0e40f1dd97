import {
  to = awscc_medialive_event_bridge_rule_template_group.example
  id = "identifier"
}