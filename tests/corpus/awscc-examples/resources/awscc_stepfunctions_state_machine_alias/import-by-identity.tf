import {
  to = awscc_stepfunctions_state_machine_alias.example
  identity = {
    arn = "arn"
  }
}
