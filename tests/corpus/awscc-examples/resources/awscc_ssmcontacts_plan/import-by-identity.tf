import {
  to = awscc_ssmcontacts_plan.example
  identity = {
    arn = "arn"
  }
}
