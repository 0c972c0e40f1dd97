import {
  to = awscc_medialive_event_bridge_rule_template.example
  id = "identifier"
}