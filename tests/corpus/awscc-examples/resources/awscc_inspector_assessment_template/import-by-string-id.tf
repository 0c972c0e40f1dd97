import {
  to = awscc_inspector_assessment_template.example
  id = "arn"
}