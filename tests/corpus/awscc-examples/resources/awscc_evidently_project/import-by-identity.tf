import {
  to = awscc_evidently_project.example
  identity = {
    arn = "arn"
  }
}
