import {
  to = awscc_inspector_assessment_target.example
  id = "arn"
}