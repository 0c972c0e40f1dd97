import {
  to = awscc_cases_template.example
  identity = {
    template_arn = "template_arn"
  }
}
