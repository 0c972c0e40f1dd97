import {
  to = awscc_stepfunctions_state_machine.example
  id = "arn"
}