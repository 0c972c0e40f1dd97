import {
  to = awscc_applicationsignals_service_level_objective.example
  identity = {
    arn = "arn"
  }
}
