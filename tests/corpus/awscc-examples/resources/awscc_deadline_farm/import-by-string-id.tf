import {
  to = awscc_deadline_farm.example
  id = "arn"
}