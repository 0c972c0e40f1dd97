import {
  to = awscc_evidently_project.example
  id = "arn"
}