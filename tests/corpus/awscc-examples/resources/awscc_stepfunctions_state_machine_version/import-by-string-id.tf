import {
  to = awscc_stepfunctions_state_machine_version.example
  id = "arn"
}