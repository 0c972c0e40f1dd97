import {
  to = awscc_cases_field.example
  identity = {
    field_arn = "field_arn"
  }
}
