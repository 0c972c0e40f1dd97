import {
  to = awscc_connect_hours_of_operation.example
  id = "hours_of_operation_arn"
}