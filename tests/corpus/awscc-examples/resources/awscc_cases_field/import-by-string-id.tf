import {
  to = awscc_cases_field.example
  id = "field_arn"
}