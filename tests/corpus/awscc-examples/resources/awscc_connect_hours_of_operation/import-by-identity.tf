import {
  to = awscc_connect_hours_of_operation.example
  identity = {
    hours_of_operation_arn = "hours_of_operation_arn"
  }
}
