import {
  to = awscc_stepfunctions_state_machine.example
  identity = {
    arn = "arn"
  }
}
