import {
  to = awscc_deadline_farm.example
  identity = {
    arn = "arn"
  }
}
