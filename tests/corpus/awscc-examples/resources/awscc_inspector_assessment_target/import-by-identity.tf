import {
  to = awscc_inspector_assessment_target.example
  identity = {
    arn = "arn"
  }
}
