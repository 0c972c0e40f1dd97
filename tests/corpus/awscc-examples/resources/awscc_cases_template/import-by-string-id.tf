import {
  to = awscc_cases_template.example
  id = "template_arn"
}