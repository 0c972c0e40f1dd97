import {
  to = awscc_stepfunctions_state_machine_alias.example
  id = "arn"
}